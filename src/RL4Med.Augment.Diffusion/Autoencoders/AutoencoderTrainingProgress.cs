namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>Reported after every autoencoder training step, for a progress display.</summary>
/// <param name="Step">Optimizer steps completed.</param>
/// <param name="TotalSteps">Steps the run trains to.</param>
/// <param name="ReconstructionError">This step's mean absolute error on the crops (pixel values in [-1, 1]).</param>
/// <param name="Kl">This step's mean KL divergence per latent value.</param>
/// <param name="ImagesPerSecond">Crops per second, a moving average over recent steps.</param>
/// <param name="SavedCheckpoint">Path of the checkpoint written after this step, if any.</param>
/// <param name="NonFiniteRetries">Steps retried so far because their loss or gradient was NaN or infinite.</param>
public sealed record AutoencoderTrainingProgress(
    int Step, int TotalSteps, double ReconstructionError, double Kl, double ImagesPerSecond, string? SavedCheckpoint, int NonFiniteRetries);
