using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>A value with its bootstrap interval.</summary>
/// <param name="Value">The value on the test images as they are; NaN where the metric is undefined.</param>
/// <param name="Lower">Lower bound of the interval; NaN when no resample had a value.</param>
/// <param name="Upper">Upper bound of the interval; NaN when no resample had a value.</param>
public sealed record IntervalEstimate(double Value, double Lower, double Upper)
{
    /// <summary>Copies a bootstrap interval.</summary>
    public static IntervalEstimate From(ConfidenceInterval interval) => new(interval.Estimate, interval.Lower, interval.Upper);
}
