namespace RL4Med.Augment.Rewards.Training;

/// <summary>Reported after every epoch, for a progress display.</summary>
/// <param name="Epoch">Epochs completed (1-based).</param>
/// <param name="Epochs">Epochs the run trains for.</param>
/// <param name="Loss">Mean training loss of this epoch.</param>
/// <param name="ImagesPerSecond">Training throughput of this epoch.</param>
/// <param name="Elapsed">Time since training started.</param>
/// <param name="NonFiniteRetries">Steps retried so far because their loss was NaN or infinite.</param>
public sealed record AttributeTrainingProgress(int Epoch, int Epochs, double Loss, double ImagesPerSecond, TimeSpan Elapsed, int NonFiniteRetries);
