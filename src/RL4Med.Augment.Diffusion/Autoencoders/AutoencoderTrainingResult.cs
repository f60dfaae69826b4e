namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>Where an <see cref="AutoencoderTrainer.Train"/> call stopped.</summary>
/// <param name="Step">Optimizer steps completed (the options' Steps unless cancelled).</param>
/// <param name="ReconstructionError">Mean absolute error of the last step run by this call (NaN if it ran none).</param>
/// <param name="CheckpointPath">The resumable checkpoint written at the end, or null without an output directory.</param>
/// <param name="AutoencoderPath">The weights-only file written at the end, or null without an output directory.</param>
public sealed record AutoencoderTrainingResult(int Step, double ReconstructionError, string? CheckpointPath, string? AutoencoderPath);
