using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Augmentation.Planning;

/// <summary>The part of an <see cref="AugmentationPlan"/> for one under-represented subgroup.</summary>
/// <param name="Quota">Its real training count, target and the number of images to add (from <see cref="QuotaPlanner"/>).</param>
/// <param name="Images">The planned images, <see cref="SubgroupQuota.Add"/> of them.</param>
/// <param name="ExamplePrompt">The prompt of its first image (what the first image would be asked, when none is added).</param>
public sealed record SubgroupPlan(SubgroupQuota Quota, IReadOnlyList<PlannedImage> Images, string ExamplePrompt)
{
    /// <summary>The subgroup.</summary>
    public SubgroupKey Key => Quota.Key;
}
