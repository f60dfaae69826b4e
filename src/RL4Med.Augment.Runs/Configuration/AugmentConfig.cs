namespace RL4Med.Augment.Runs.Configuration;

/// <summary>The augment section: how synthetic training images are made (the quota is <c>subgroups.quota</c>).</summary>
public sealed class AugmentConfig
{
    /// <summary>Images per generator batch. Images depend on it in their last bits, so resumed runs and shards keep it.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>
    /// The reward filter: synthetic images whose reward-model score (the DDPO reward) is below this are dropped and
    /// counted per subgroup. Null keeps every image (their scores are still recorded).
    /// </summary>
    public double? RewardThreshold { get; set; }
}
