namespace RL4Med.Augment.Metrics;

/// <summary>
/// Bootstrap intervals of every quantity of a <see cref="MetricFrame"/>. From <see cref="ClusterBootstrap.RunPaired"/>
/// each interval is of arm A minus arm B, and <see cref="ConfidenceInterval.ExcludesZero"/> says the arms differ.
/// </summary>
/// <param name="Resamples">Number of resamples drawn.</param>
/// <param name="ConfidenceLevel">Coverage of the intervals.</param>
/// <param name="Overall">Metric name to the interval of its overall value.</param>
/// <param name="ByGroup">Group key to metric name to the interval of the group's value.</param>
/// <param name="WorstGroup">Metric name to the interval of its worst-group value (the worst group may change between resamples).</param>
/// <param name="Difference">Metric name to the interval of its between-group difference (max - min).</param>
public sealed record BootstrapResult(
    int Resamples,
    double ConfidenceLevel,
    IReadOnlyDictionary<string, ConfidenceInterval> Overall,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, ConfidenceInterval>> ByGroup,
    IReadOnlyDictionary<string, ConfidenceInterval> WorstGroup,
    IReadOnlyDictionary<string, ConfidenceInterval> Difference);
