namespace RL4Med.Augment.Diffusion.Training;

/// <summary>Reported after every training step, for a progress display.</summary>
/// <param name="Step">Optimizer steps completed.</param>
/// <param name="TotalSteps">Steps the run trains to.</param>
/// <param name="Epoch">Passes over the data so far (fractional).</param>
/// <param name="Loss">This step's noise-prediction MSE.</param>
/// <param name="LearningRate">Learning rate of this step.</param>
/// <param name="GradientNorm">Global gradient norm before clipping.</param>
/// <param name="ImagesPerSecond">Training throughput, a moving average over recent steps.</param>
/// <param name="EstimatedRemaining">Time left at that throughput (sample grids and checkpoints not included).</param>
/// <param name="SavedCheckpoint">Path of the checkpoint written after this step, if any.</param>
/// <param name="SavedSampleGrid">Path of the sample grid written after this step, if any.</param>
/// <param name="NonFiniteRetries">Steps retried so far because their loss or gradient was NaN or infinite.</param>
public sealed record GeneratorTrainingProgress(
    int Step,
    int TotalSteps,
    double Epoch,
    double Loss,
    double LearningRate,
    double GradientNorm,
    double ImagesPerSecond,
    TimeSpan EstimatedRemaining,
    string? SavedCheckpoint,
    string? SavedSampleGrid,
    int NonFiniteRetries);
