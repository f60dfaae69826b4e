namespace RL4Med.Augment.Metrics;

/// <summary>The metric values of one group: one row of <see cref="MetricFrame.ByGroup"/>.</summary>
/// <param name="Group">The group key.</param>
/// <param name="RowCount">Rows of the group in the prediction set (before any resampling).</param>
/// <param name="IsSmall">Whether <paramref name="RowCount"/> is under <see cref="MetricFrameOptions.MinimumGroupSize"/>.</param>
/// <param name="Values">Metric name to value; NaN where the metric is undefined in the group.</param>
public sealed record GroupMetrics(string Group, int RowCount, bool IsSmall, IReadOnlyDictionary<string, double> Values);
