namespace RL4Med.Augment.Metrics;

/// <summary>A point estimate with its bootstrap percentile interval.</summary>
/// <param name="Estimate">The value on the rows as given.</param>
/// <param name="Lower">The lower percentile of the resampled values; NaN when no resample had a value.</param>
/// <param name="Upper">The upper percentile of the resampled values; NaN when no resample had a value.</param>
/// <param name="ValidResamples">Resamples where the value was defined; the percentiles are taken over these only.</param>
public readonly record struct ConfidenceInterval(double Estimate, double Lower, double Upper, int ValidResamples)
{
    /// <summary>Whether the interval lies wholly above or below 0: for a difference, the arms differ at this level.</summary>
    public bool ExcludesZero => Lower > 0 || Upper < 0;

    /// <summary>Whether <paramref name="value"/> lies within the interval, bounds included.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
