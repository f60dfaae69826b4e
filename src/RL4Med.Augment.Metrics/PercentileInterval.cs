namespace RL4Med.Augment.Metrics;

/// <summary>Percentile bootstrap intervals.</summary>
internal static class PercentileInterval
{
    /// <summary>
    /// The (1 - level)/2 and (1 + level)/2 quantiles of the replicates, ignoring resamples where the value is
    /// undefined (NaN): a rare class can vanish from a resample, and that says nothing about the value.
    /// </summary>
    public static ConfidenceInterval Of(double estimate, IEnumerable<double> replicates, double level)
    {
        double[] sorted = replicates.Where(value => !double.IsNaN(value)).Order().ToArray();
        if (sorted.Length == 0) return new ConfidenceInterval(estimate, double.NaN, double.NaN, 0);
        double tail = (1 - level) / 2;
        return new ConfidenceInterval(estimate, Quantile(sorted, tail), Quantile(sorted, 1 - tail), sorted.Length);
    }

    /// <summary>Linear interpolation between order statistics: numpy's default (Hyndman and Fan type 7).</summary>
    private static double Quantile(double[] sorted, double probability)
    {
        double position = probability * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
