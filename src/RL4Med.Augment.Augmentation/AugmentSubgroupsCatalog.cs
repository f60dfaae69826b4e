using Microsoft.ML;

namespace RL4Med.Augment.Augmentation;

/// <summary><c>mlContext.Transforms.AugmentSubgroups(...)</c>.</summary>
public static class AugmentSubgroupsCatalog
{
    /// <summary>Adds synthetic images for the under-represented subgroups of the training rows (see <see cref="AugmentSubgroupsEstimator"/>).</summary>
    /// <param name="transforms">The catalog, <c>mlContext.Transforms</c>.</param>
    /// <param name="options">Generator, subgroups, quota, sampling, output folder and optional reward filter.</param>
    public static AugmentSubgroupsEstimator AugmentSubgroups(this TransformsCatalog transforms, AugmentSubgroupsEstimator.Options options) =>
        new(options);
}
