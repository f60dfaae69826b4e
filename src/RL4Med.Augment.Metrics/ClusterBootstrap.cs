namespace RL4Med.Augment.Metrics;

/// <summary>
/// Seeded percentile bootstrap of a <see cref="MetricFrame"/>, resampling clusters within each group
/// (see <see cref="ClusterResampler"/>). Groups are strata, so every resample keeps every group and group
/// intervals reflect only within-group variation.
/// </summary>
public static class ClusterBootstrap
{
    /// <summary>Intervals of every overall, per-group, worst-group and between-group-difference value.</summary>
    /// <exception cref="ArgumentException">Two metrics share a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options ask for no resamples or a level outside (0, 1).</exception>
    public static BootstrapResult Run(
        PredictionSet predictions,
        IReadOnlyList<Metric> metrics,
        BootstrapOptions? options = null,
        MetricFrameOptions? frameOptions = null)
    {
        var layout = new EstimateLayout(metrics, predictions.Groups);
        MetricFrameOptions frameRule = frameOptions ?? new MetricFrameOptions();
        return Resample(predictions, layout, options ?? new BootstrapOptions(),
            multiplicity => layout.Flatten(new MetricFrame(predictions, metrics, frameRule, multiplicity)));
    }

    /// <summary>
    /// Paired bootstrap of arm A minus arm B on the same rows (e.g. with and without synthetic augmentation):
    /// each resample applies the same row multiplicities to both arms, so the interval of the difference is
    /// free of the between-image variation the arms share.
    /// </summary>
    /// <exception cref="ArgumentException">The arms differ in rows, true labels, groups, clusters or classes; or two metrics share a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options ask for no resamples or a level outside (0, 1).</exception>
    public static BootstrapResult RunPaired(
        PredictionSet armA,
        PredictionSet armB,
        IReadOnlyList<Metric> metrics,
        BootstrapOptions? options = null,
        MetricFrameOptions? frameOptions = null) =>
        RunPairedPooled([armA], [armB], metrics, options, frameOptions);

    /// <summary>
    /// The paired bootstrap of arm A minus arm B pooled over classifier seeds: element k of each list is the arm trained
    /// with seed k, all on the same rows. Each resample draws lesions (clusters) once and applies the same multiplicities
    /// to every seed of both arms; a value is the mean over seeds of A minus B. With one seed this is <see cref="RunPaired"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The lists are empty or differ in length; any two sets differ in rows, true labels, groups, clusters or classes; or two metrics share a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options ask for no resamples or a level outside (0, 1).</exception>
    public static BootstrapResult RunPairedPooled(
        IReadOnlyList<PredictionSet> armA,
        IReadOnlyList<PredictionSet> armB,
        IReadOnlyList<Metric> metrics,
        BootstrapOptions? options = null,
        MetricFrameOptions? frameOptions = null)
    {
        if (armA.Count == 0 || armA.Count != armB.Count)
            throw new ArgumentException($"Pooled arms need one prediction set per seed each: arm A has {armA.Count}, arm B {armB.Count}.", nameof(armB));
        foreach (PredictionSet set in armA.Skip(1).Concat(armB)) RequireSameRows(armA[0], set);
        var layout = new EstimateLayout(metrics, armA[0].Groups);
        MetricFrameOptions frameRule = frameOptions ?? new MetricFrameOptions();
        return Resample(armA[0], layout, options ?? new BootstrapOptions(), multiplicity =>
        {
            var mean = new double[layout.Length];
            for (int seed = 0; seed < armA.Count; seed++)
            {
                double[] a = layout.Flatten(new MetricFrame(armA[seed], metrics, frameRule, multiplicity));
                double[] b = layout.Flatten(new MetricFrame(armB[seed], metrics, frameRule, multiplicity));
                for (int index = 0; index < mean.Length; index++) mean[index] += (a[index] - b[index]) / armA.Count;
            }
            return mean;
        });
    }

    private static BootstrapResult Resample(PredictionSet predictions, EstimateLayout layout, BootstrapOptions options, Func<int[], double[]> estimate)
    {
        if (options.Resamples < 1)
            throw new ArgumentOutOfRangeException(nameof(options), $"Resamples is {options.Resamples}; it must be at least 1.");
        if (options.ConfidenceLevel is not (> 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(options), $"ConfidenceLevel is {options.ConfidenceLevel}; it must lie in (0, 1).");

        double[] pointEstimates = estimate(predictions.UnitMultiplicity());
        // [estimate][resample], so each interval reads one contiguous array.
        double[][] replicates = Enumerable.Range(0, layout.Length).Select(_ => new double[options.Resamples]).ToArray();
        var random = new Random(options.Seed);
        var resampler = new ClusterResampler(predictions);
        var multiplicity = new int[predictions.Count];
        for (int resample = 0; resample < options.Resamples; resample++)
        {
            resampler.Draw(random, multiplicity);
            double[] values = estimate(multiplicity);
            for (int index = 0; index < values.Length; index++) replicates[index][resample] = values[index];
        }

        ConfidenceInterval[] intervals = Enumerable.Range(0, layout.Length)
            .Select(index => PercentileInterval.Of(pointEstimates[index], replicates[index], options.ConfidenceLevel))
            .ToArray();
        return layout.ToResult(intervals, options);
    }

    private static void RequireSameRows(PredictionSet armA, PredictionSet armB)
    {
        if (!armA.ClassNames.SequenceEqual(armB.ClassNames) || armA.PositiveClass != armB.PositiveClass)
            throw new ArgumentException("Paired arms must share class names (in order) and the positive class.", nameof(armB));
        if (armA.Count != armB.Count)
            throw new ArgumentException($"Paired arms must hold the same rows: arm A has {armA.Count}, arm B {armB.Count}.", nameof(armB));
        for (int row = 0; row < armA.Count; row++)
        {
            PredictionRow a = armA.Rows[row], b = armB.Rows[row];
            if (a.TrueLabel != b.TrueLabel || a.Group != b.Group || a.Cluster != b.Cluster)
                throw new ArgumentException(
                    $"Paired arms must hold the same rows in the same order; row {row} differs: " +
                    $"arm A ({a.TrueLabel}, {a.Group}, {a.Cluster}) vs arm B ({b.TrueLabel}, {b.Group}, {b.Cluster}) as (true label, group, cluster).",
                    nameof(armB));
        }
    }
}
