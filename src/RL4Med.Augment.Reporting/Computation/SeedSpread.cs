namespace RL4Med.Augment.Reporting.Computation;

/// <summary>A value across classifier seeds: the mean, the sample standard deviation and each seed's value.</summary>
/// <param name="Mean">Mean over the seeds; NaN when a seed's value is undefined.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1); NaN with one seed.</param>
/// <param name="BySeed">The value of seed 0, 1, ...</param>
public sealed record SeedSpread(double Mean, double StandardDeviation, IReadOnlyList<double> BySeed)
{
    /// <summary>The spread of <paramref name="values"/>, one per seed.</summary>
    public static SeedSpread Of(IReadOnlyList<double> values)
    {
        double mean = values.Average();
        double deviation = values.Count < 2 ? double.NaN : Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / (values.Count - 1));
        return new SeedSpread(mean, deviation, values);
    }
}
