namespace RL4Med.Augment.Data.Subgroups;

/// <summary>How many training images one under-represented subgroup has and gets.</summary>
/// <param name="Key">The subgroup.</param>
/// <param name="RealTrain">Its real training images.</param>
/// <param name="Target">The count the policy aims for.</param>
/// <param name="Add">Images to add, after the per-subgroup and total caps.</param>
public sealed record SubgroupQuota(SubgroupKey Key, int RealTrain, int Target, int Add)
{
    /// <summary>Oversampling needs at least one real image to repeat; a generator does not.</summary>
    public bool CanOversample => RealTrain > 0;
}
