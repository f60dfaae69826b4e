namespace RL4Med.Augment.Data.Preparation;

/// <summary>Progress of one stage of data preparation, for a progress bar.</summary>
public readonly record struct PreparationProgress(string Stage, int Done, int Total);
