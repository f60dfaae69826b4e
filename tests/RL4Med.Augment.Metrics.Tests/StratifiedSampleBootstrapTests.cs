using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class StratifiedSampleBootstrapTests
{
    private static readonly BootstrapOptions Options = new() { Resamples = 200, Seed = 5 };

    /// <summary>One source per sample.</summary>
    private static double[][] Samples(params double[] values) => values.Select(v => new[] { v }).ToArray();

    /// <summary>Each stratum's mean of source 0.</summary>
    private static double[] StratumMeans(double[][] means) => means.Select(m => m[0]).ToArray();

    [Fact]
    public void The_point_estimate_is_the_statistic_of_the_means_of_the_judged_samples_as_given()
    {
        double[][][] strata = [Samples(1, double.NaN, 0, 1), Samples(0.5, 0.25)];

        var intervals = StratifiedSampleBootstrap.Run(strata, StratumMeans, Options);

        Assert.Equal(2.0 / 3, intervals[0].Estimate, 12);
        Assert.Equal(0.375, intervals[1].Estimate, 12);
    }

    [Fact]
    public void A_stratum_of_equal_values_has_a_zero_width_interval_at_its_mean()
    {
        double[][][] strata = [Samples(0.25, 0.25, 0.25), Samples(0, 1, 0, 1, 1)];

        var intervals = StratifiedSampleBootstrap.Run(strata, StratumMeans, Options);

        Assert.Equal(new ConfidenceInterval(0.25, 0.25, 0.25, Options.Resamples), intervals[0]);
        Assert.True(intervals[1].Upper - intervals[1].Lower > 0.3, $"{intervals[1]}");
    }

    [Fact]
    public void Samples_are_drawn_within_their_own_stratum()
    {
        double[][][] strata = [Samples(2, 3, 2, 3), Samples(10, 11, 11), Samples(100, 101)];
        var seen = new List<double[]>();

        StratifiedSampleBootstrap.Run(strata, means => { seen.Add(StratumMeans(means)); return [0]; }, Options);

        Assert.Equal(Options.Resamples + 1, seen.Count);
        Assert.All(seen, means =>
        {
            Assert.InRange(means[0], 2, 3);
            Assert.InRange(means[1], 10, 11);
            Assert.InRange(means[2], 100, 101);
        });
        // The draws do vary within each stratum.
        Assert.All(Enumerable.Range(0, 3), stratum => Assert.True(seen.Select(m => m[stratum]).Distinct().Count() > 1));
    }

    [Fact]
    public void A_resample_draws_samples_not_values_so_the_sources_stay_paired()
    {
        // Source 1 is source 0 plus 0.25 in every sample: the difference never varies, however much each source does.
        double[][][] strata = [[[0, 0.25], [1, 1.25], [0, 0.25], [1, 1.25], [1, 1.25]]];

        var intervals = StratifiedSampleBootstrap.Run(strata, means => [means[0][0], means[0][1] - means[0][0]], Options);

        Assert.True(intervals[0].Upper - intervals[0].Lower > 0.3, $"{intervals[0]}");
        Assert.Equal(0.25, intervals[1].Lower, 12);
        Assert.Equal(0.25, intervals[1].Upper, 12);
    }

    [Fact]
    public void A_resample_that_draws_no_judged_sample_of_a_stratum_leaves_its_value_undefined_and_uncounted()
    {
        // One judged sample of four: a resample misses it with probability (3/4)^4, about 0.32.
        double[][][] strata = [Samples(1, double.NaN, double.NaN, double.NaN)];

        var interval = StratifiedSampleBootstrap.Run(strata, StratumMeans, Options)[0];

        Assert.InRange(interval.ValidResamples, 100, Options.Resamples - 30);
        Assert.Equal((1.0, 1.0, 1.0), (interval.Estimate, interval.Lower, interval.Upper));
    }

    [Fact]
    public void The_seed_decides_every_draw()
    {
        double[][][] strata = [Samples(0, 1, 1, 0, 1, 0), Samples(0.2, 0.9, 0.4)];

        var first = StratifiedSampleBootstrap.Run(strata, StratumMeans, Options);
        var again = StratifiedSampleBootstrap.Run(strata, StratumMeans, Options);
        var otherSeed = StratifiedSampleBootstrap.Run(strata, StratumMeans, Options with { Seed = 6 });

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void Percentile_intervals_of_a_bernoulli_mean_cover_it_at_about_their_level()
    {
        // 200 strata, each a sample of 40 draws of a Bernoulli(0.3), seeded: each interval of a stratum mean should hold
        // 0.3 about 90% of the time (the percentile interval of a mean undercovers a little at n = 40).
        var random = new Random(3);
        double[][][] strata = Enumerable.Range(0, 200).Select(_ => Samples(Enumerable.Range(0, 40).Select(_ => random.NextDouble() < 0.3 ? 1.0 : 0.0).ToArray())).ToArray();

        var intervals = StratifiedSampleBootstrap.Run(strata, StratumMeans, new BootstrapOptions { Resamples = 400, Seed = 9, ConfidenceLevel = 0.9 });

        Assert.InRange(intervals.Count(i => i.Contains(0.3)) / 200.0, 0.8, 0.97);
    }

    [Fact]
    public void Options_outside_their_range_are_refused_by_name()
    {
        double[][][] strata = [Samples(1, 0)];

        var noResamples = Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedSampleBootstrap.Run(strata, StratumMeans, Options with { Resamples = 0 }));
        var wholeLevel = Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedSampleBootstrap.Run(strata, StratumMeans, Options with { ConfidenceLevel = 1 }));

        Assert.Contains("Resamples is 0", noResamples.Message);
        Assert.Contains("ConfidenceLevel is 1", wholeLevel.Message);
    }
}
