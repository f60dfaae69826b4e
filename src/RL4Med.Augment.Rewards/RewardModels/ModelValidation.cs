using RL4Med.Augment.Rewards.Evaluation;

namespace RL4Med.Augment.Rewards.RewardModels;

/// <summary>One model of the pair: its distinguishing settings, its training data and its validation scores.</summary>
/// <param name="Seed">Seed of weights, data order and augmentation.</param>
/// <param name="Widths">Backbone stage widths.</param>
/// <param name="TrainImages">Training images.</param>
/// <param name="TrainLesions">Distinct lesions (group ids) among them.</param>
/// <param name="TrainingSeconds">Wall-clock training time.</param>
/// <param name="Heads">Accuracy and balanced accuracy per head on the validation split (known labels only).</param>
public sealed record ModelValidation(int Seed, int[] Widths, int TrainImages, int TrainLesions, double TrainingSeconds, IReadOnlyList<HeadScore> Heads);
