namespace RL4Med.Augment.Metrics;

/// <summary>How a <see cref="MetricFrame"/> treats small groups.</summary>
public sealed record MetricFrameOptions
{
    /// <summary>
    /// Groups with fewer rows than this are flagged <see cref="GroupMetrics.IsSmall"/>: their values are listed
    /// but too noisy to read alone. Default 30.
    /// </summary>
    public int MinimumGroupSize { get; init; } = 30;

    /// <summary>
    /// Whether small groups are left out of the between-group comparisons (difference, ratio, group min/max,
    /// worst group, fairness differences). Default false: every group takes part, as in Fairlearn.
    /// </summary>
    public bool ExcludeSmallGroupsFromComparisons { get; init; }
}
