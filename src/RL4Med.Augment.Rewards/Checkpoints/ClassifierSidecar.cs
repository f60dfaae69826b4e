using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Training;

namespace RL4Med.Augment.Rewards.Checkpoints;

/// <summary>The JSON beside a classifier's weights: everything needed to rebuild the module, plus how it was trained and scored.</summary>
internal sealed record ClassifierSidecar(
    int FormatVersion,
    IReadOnlyList<AttributeHead> Heads,
    AttributeClassifierOptions Options,
    int TrainImages,
    double TrainingSeconds,
    IReadOnlyList<HeadScore> Validation)
{
    /// <summary>Bumped when the layout of the weights or of this file changes.</summary>
    public const int CurrentFormat = 1;
}
