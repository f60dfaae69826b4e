namespace RL4Med.Augment.Metrics;

/// <summary>Settings of <see cref="ClusterBootstrap"/>.</summary>
public sealed record BootstrapOptions
{
    /// <summary>Number of resamples B. Default 1000.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>Seed of the <see cref="Random"/> that draws the resamples: the same seed gives the same intervals. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Coverage of the percentile intervals, in (0, 1). Default 0.95: the 2.5th and 97.5th percentiles.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
