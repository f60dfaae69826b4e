namespace RL4Med.Augment.Classification.Training;

/// <summary>How the learning rate moves over training.</summary>
public enum LearningRateSchedule
{
    /// <summary>The peak learning rate throughout.</summary>
    Constant,

    /// <summary>Cosine decay from the peak to zero over all planned steps (early stopping may end before zero).</summary>
    Cosine,
}
