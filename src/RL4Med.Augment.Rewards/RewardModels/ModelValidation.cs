using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;

namespace RL4Med.Augment.Rewards.RewardModels;

/// <summary>One model of the pair: its distinguishing settings, its training data and its validation scores.</summary>
/// <param name="Seed">Seed of weights, data order and augmentation.</param>
/// <param name="Widths">Backbone stage widths.</param>
/// <param name="TrainImages">Training images.</param>
/// <param name="TrainLesions">Distinct lesions (group ids) among them.</param>
/// <param name="TrainingSeconds">Wall-clock training time.</param>
/// <param name="Heads">Accuracy, balanced accuracy and AUC per head on the validation split (known labels only).</param>
/// <param name="Backbone">
/// What the heads see through (<see cref="AttributeBackbones"/>). With <c>resnet18</c> both models of a pair share the
/// frozen ImageNet network and nothing trained: each has its own heads, seed and lesions.
/// </param>
public sealed record ModelValidation(int Seed, int[] Widths, int TrainImages, int TrainLesions, double TrainingSeconds, IReadOnlyList<HeadScore> Heads,
    string Backbone = AttributeBackbones.Cnn);
