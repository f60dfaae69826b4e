namespace RL4Med.Augment.Torch.Training;

/// <summary>How the learning rate of a <see cref="ClassifierTrainingLoop"/> moves over training.</summary>
public enum LearningRateSchedule
{
    /// <summary>The peak learning rate throughout.</summary>
    Constant,

    /// <summary>Cosine decay from the peak to zero over all planned steps (early stopping may end before zero).</summary>
    Cosine,
}
