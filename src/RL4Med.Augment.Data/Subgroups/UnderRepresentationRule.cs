using RL4Med.Augment.Data.Configuration;

namespace RL4Med.Augment.Data.Subgroups;

/// <summary>
/// Calls a subgroup under-represented when it has fewer real training images than
/// <see cref="MinTrainImages"/>, or fewer than <see cref="MinFractionOfLargest"/> of the largest subgroup.
/// Subgroups with an unknown attribute are never under-represented: no prompt can ask for "unknown".
/// </summary>
public sealed record UnderRepresentationRule(int MinTrainImages, double MinFractionOfLargest)
{
    /// <summary>The rule of a run configuration.</summary>
    public static UnderRepresentationRule From(SubgroupConfig config) => new(config.MinTrainImages, config.MinFractionOfLargest);

    /// <summary>Whether a subgroup with <paramref name="realTrainCount"/> images is under-represented next to <paramref name="largest"/>.</summary>
    public bool IsUnderRepresented(SubgroupKey key, int realTrainCount, int largest) =>
        key.IsFullyKnown && (realTrainCount < MinTrainImages || realTrainCount < MinFractionOfLargest * largest);

    /// <summary>The training count this rule asks for: enough to stop being under-represented.</summary>
    public int TargetCount(int largest) => Math.Max(MinTrainImages, (int)Math.Ceiling(MinFractionOfLargest * largest));

    /// <summary>Words for reports.</summary>
    public string Describe() => MinFractionOfLargest > 0
        ? $"fewer than {MinTrainImages} real training images, or under {MinFractionOfLargest:P0} of the largest subgroup"
        : $"fewer than {MinTrainImages} real training images";
}
