namespace RL4Med.Augment.Classification.Training;

/// <summary>What happened while a <see cref="TorchImageClassificationTransformer"/> was trained.</summary>
/// <param name="Epochs">The epochs run, in order.</param>
/// <param name="BestEpoch">1-based epoch whose weights the model keeps: the best validation epoch, else the last.</param>
/// <param name="StoppedEarly">Whether early stopping ended training before the planned epochs.</param>
/// <param name="ClassWeights">Loss weight of each class, in key order (see <see cref="ClassWeighting"/>).</param>
/// <param name="TrainingImages">Images in the training set.</param>
/// <param name="Duration">Wall-clock training time, validation included.</param>
/// <param name="NonFiniteRetries">Steps retried because their loss was NaN or infinite (see NonFiniteStepRetry).</param>
public sealed record TrainingHistory(
    IReadOnlyList<EpochSummary> Epochs,
    int BestEpoch,
    bool StoppedEarly,
    IReadOnlyList<float> ClassWeights,
    int TrainingImages,
    TimeSpan Duration,
    int NonFiniteRetries);
