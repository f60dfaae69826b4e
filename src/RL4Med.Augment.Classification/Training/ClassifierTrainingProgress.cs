namespace RL4Med.Augment.Classification.Training;

/// <summary>A progress report of <see cref="TorchImageClassificationTrainer"/>: after every optimizer step, and once more at the end of each epoch.</summary>
/// <param name="Epoch">1-based epoch.</param>
/// <param name="Epochs">Planned epochs (early stopping may end sooner).</param>
/// <param name="Step">1-based step within the epoch.</param>
/// <param name="StepsPerEpoch">Steps in one epoch.</param>
/// <param name="Loss">Mean training loss of the epoch so far.</param>
/// <param name="ImagesPerSecond">Training throughput of the epoch so far.</param>
/// <param name="Validation">The epoch's validation score: set only on the end-of-epoch report, and only with a validation set.</param>
/// <param name="IsEpochEnd">Whether this is the end-of-epoch report.</param>
/// <param name="NonFiniteRetries">Steps retried so far because their loss was NaN or infinite.</param>
public sealed record ClassifierTrainingProgress(
    int Epoch,
    int Epochs,
    int Step,
    int StepsPerEpoch,
    double Loss,
    double ImagesPerSecond,
    ValidationScore? Validation,
    bool IsEpochEnd,
    int NonFiniteRetries);
