namespace RL4Med.Augment.Metrics;

/// <summary>
/// Seeded percentile bootstrap of statistics of per-stratum means, resampling samples within each stratum (e.g. a
/// generator evaluation's images within each prompt). Every sample carries one value per source (e.g. the pretrained
/// and the DDPO generator's image drawn from the same seed), and a resample draws samples, not values, so the sources
/// stay paired and a difference between them gets a paired interval.
/// </summary>
public static class StratifiedSampleBootstrap
{
    /// <summary>Intervals of each value of <paramref name="statistic"/>.</summary>
    /// <param name="strata">Per stratum, per sample, one value per source; NaN where a sample is not judged (left out of its stratum's mean).</param>
    /// <param name="statistic">The estimates from the per-stratum means, [stratum][source]; a mean is NaN where no judged sample was drawn.</param>
    /// <param name="options">Resamples, seed and level.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options ask for no resamples or a level outside (0, 1).</exception>
    public static IReadOnlyList<ConfidenceInterval> Run(IReadOnlyList<double[][]> strata, Func<double[][], double[]> statistic, BootstrapOptions options)
    {
        if (options.Resamples < 1)
            throw new ArgumentOutOfRangeException(nameof(options), $"Resamples is {options.Resamples}; it must be at least 1.");
        if (options.ConfidenceLevel is not (> 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(options), $"ConfidenceLevel is {options.ConfidenceLevel}; it must lie in (0, 1).");
        double[] estimates = statistic(strata.Select(samples => Means(samples, Enumerable.Range(0, samples.Length))).ToArray());
        double[][] replicates = estimates.Select(_ => new double[options.Resamples]).ToArray();
        var random = new Random(options.Seed);
        for (int resample = 0; resample < options.Resamples; resample++)
        {
            double[][] means = strata.Select(samples => Means(samples, Enumerable.Range(0, samples.Length).Select(_ => random.Next(samples.Length)).ToArray())).ToArray();
            double[] values = statistic(means);
            for (int index = 0; index < values.Length; index++) replicates[index][resample] = values[index];
        }
        return estimates.Select((estimate, index) => PercentileInterval.Of(estimate, replicates[index], options.ConfidenceLevel)).ToArray();
    }

    /// <summary>The mean of each source over the drawn samples, judged ones only.</summary>
    private static double[] Means(double[][] samples, IEnumerable<int> drawn)
    {
        int sources = samples.Length == 0 ? 0 : samples[0].Length;
        var sums = new double[sources];
        var counts = new int[sources];
        foreach (int sample in drawn)
            for (int source = 0; source < sources; source++)
            {
                double value = samples[sample][source];
                if (double.IsNaN(value)) continue;
                sums[source] += value;
                counts[source]++;
            }
        return sums.Select((sum, source) => counts[source] == 0 ? double.NaN : sum / counts[source]).ToArray();
    }
}
