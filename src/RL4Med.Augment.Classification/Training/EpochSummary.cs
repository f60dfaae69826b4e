namespace RL4Med.Augment.Classification.Training;

/// <summary>One finished training epoch.</summary>
/// <param name="Epoch">1-based epoch.</param>
/// <param name="TrainingLoss">Mean (class-weighted) training loss.</param>
/// <param name="LearningRate">Learning rate of the epoch's last step.</param>
/// <param name="Validation">Validation score after the epoch; <c>null</c> without a validation set.</param>
public sealed record EpochSummary(int Epoch, double TrainingLoss, double LearningRate, ValidationScore? Validation);
