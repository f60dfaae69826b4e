namespace RL4Med.Augment.Ddpo.Training;

/// <summary>Where in an epoch a <see cref="DdpoProgress"/> report was made.</summary>
public enum DdpoStage
{
    /// <summary>After a batch of samples was drawn and scored.</summary>
    Sampling,

    /// <summary>After an optimizer step.</summary>
    Updating,

    /// <summary>After the epoch, with its log.</summary>
    EpochCompleted,
}
