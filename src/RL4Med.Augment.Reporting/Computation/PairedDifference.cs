using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>Arm minus baseline on the same test images, with its paired bootstrap interval.</summary>
/// <param name="Difference">Arm value minus baseline value; NaN where either is undefined.</param>
/// <param name="Lower">Lower bound of the interval of the difference; NaN when no resample had a value.</param>
/// <param name="Upper">Upper bound of the interval of the difference; NaN when no resample had a value.</param>
public sealed record PairedDifference(double Difference, double Lower, double Upper)
{
    /// <summary>Whether the interval excludes 0: the arms differ by more than resampling the test images explains.</summary>
    public bool Significant => Lower > 0 || Upper < 0;

    /// <summary>Copies a paired bootstrap interval.</summary>
    public static PairedDifference From(ConfidenceInterval interval) => new(interval.Estimate, interval.Lower, interval.Upper);
}
