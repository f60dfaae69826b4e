namespace RL4Med.Augment.Torch.Training;

/// <summary>Where a <see cref="ClassifierTrainingLoop"/> run stands: after every optimizer step, and once more at the end of each epoch.</summary>
/// <param name="Epoch">1-based epoch.</param>
/// <param name="Epochs">Planned epochs.</param>
/// <param name="Step">1-based step within the epoch.</param>
/// <param name="StepsPerEpoch">Steps in one epoch.</param>
/// <param name="Loss">Mean training loss of the epoch so far.</param>
/// <param name="LearningRate">Learning rate of the latest step.</param>
/// <param name="ImagesPerSecond">Training throughput of the epoch so far.</param>
/// <param name="NonFiniteRetries">Steps retried so far because their loss was NaN or infinite.</param>
/// <param name="IsEpochEnd">Whether this is the end-of-epoch report.</param>
public sealed record ClassifierLoopProgress(
    int Epoch,
    int Epochs,
    int Step,
    int StepsPerEpoch,
    double Loss,
    double LearningRate,
    double ImagesPerSecond,
    int NonFiniteRetries,
    bool IsEpochEnd);
