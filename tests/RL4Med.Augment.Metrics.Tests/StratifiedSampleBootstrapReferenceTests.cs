using RL4Med.Augment.Metrics;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Metrics.Tests;

/// <summary>
/// The stratified sample bootstrap against an independent computation (tests/Shared/Reference): three strata of 5, 3 and
/// 4 samples with two sources each and some samples not judged (NaN), 30 resamples at level 0.8. The script draws the
/// sample indices as .NET's seeded <see cref="Random"/> does, stratum after stratum, takes each stratum's means with
/// numpy.nanmean and each interval with numpy's linear percentile over the resamples where the value is defined.
/// </summary>
public class StratifiedSampleBootstrapReferenceTests
{
    private static readonly StratifiedReference Reference = ReferenceValues.Section<StratifiedReference>("stratified");

    private static BootstrapOptions Options => new() { Resamples = Reference.Resamples, Seed = Reference.Seed, ConfidenceLevel = Reference.ConfidenceLevel };

    /// <summary>The script's statistic: per source the mean over strata (undefined ones skipped), the mean difference, stratum 0's difference.</summary>
    private static double[] Statistic(double[][] means)
    {
        static double Mean(IEnumerable<double> values) => values.Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Average();
        return [Mean(means.Select(m => m[0])), Mean(means.Select(m => m[1])), Mean(means.Select(m => m[1] - m[0])), means[0][1] - means[0][0]];
    }

    [Fact]
    public void Each_resample_sees_the_stratum_means_of_the_samples_the_reference_draws()
    {
        var seen = new List<double[][]>();

        StratifiedSampleBootstrap.Run(Reference.Strata, means => { seen.Add(means); return Statistic(means); }, Options);

        // The first call is the point estimate on the samples as they are; then one call per resample, in order.
        Assert.Equal(Reference.Resamples + 1, seen.Count);
        for (int resample = 0; resample < Reference.Resamples; resample++)
            for (int stratum = 0; stratum < Reference.Strata.Length; stratum++)
                for (int source = 0; source < 2; source++)
                    Assert.Equal(Reference.Means[resample][stratum][source], seen[resample + 1][stratum][source], 12);
        // Some resample misses stratum 1's only judged value of source 1: its mean is undefined there.
        Assert.Contains(Reference.Means, means => double.IsNaN(means[1][1]));
    }

    [Fact]
    public void Every_interval_is_the_percentile_interval_of_the_independently_computed_resample_values()
    {
        IReadOnlyList<ConfidenceInterval> intervals = StratifiedSampleBootstrap.Run(Reference.Strata, Statistic, Options);

        Assert.Equal(Reference.Intervals.Length, intervals.Count);
        foreach (var (expected, actual) in Reference.Intervals.Zip(intervals))
        {
            Assert.Equal(expected.ValidResamples, actual.ValidResamples);
            Assert.Equal(expected.Estimate, actual.Estimate, 12);
            Assert.Equal(expected.Lower, actual.Lower, 12);
            Assert.Equal(expected.Upper, actual.Upper, 12);
        }
    }

    private sealed record StratifiedReference(
        double[][][] Strata, int Seed, int Resamples, double ConfidenceLevel, double[][][] Means, ReferenceInterval[] Intervals);

    private sealed record ReferenceInterval(double Estimate, double Lower, double Upper, int ValidResamples);
}
