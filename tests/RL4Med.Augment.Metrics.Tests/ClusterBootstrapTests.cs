using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class ClusterBootstrapTests
{
    private static readonly BootstrapOptions Quick = new() { Resamples = 200, Seed = 3 };

    private static readonly Metric[] AccuracyOnly = [ClassificationMetrics.Accuracy];

    private static readonly PredictionSet Lesions = Build.Lesions(lesionCount: 60, imagesPerLesion: 4, groupCount: 3, seed: 11);

    [Fact]
    public void The_same_seed_gives_the_same_intervals()
    {
        IReadOnlyList<Metric> metrics = ClassificationMetrics.Standard(Lesions);

        BootstrapResult first = ClusterBootstrap.Run(Lesions, metrics, Quick);
        BootstrapResult second = ClusterBootstrap.Run(Lesions, metrics, Quick);

        Assert.Equal(AllIntervals(first), AllIntervals(second));
    }

    [Fact]
    public void Another_seed_gives_other_intervals()
    {
        BootstrapResult first = ClusterBootstrap.Run(Lesions, AccuracyOnly, Quick);
        BootstrapResult second = ClusterBootstrap.Run(Lesions, AccuracyOnly, Quick with { Seed = 4 });

        Assert.NotEqual(AllIntervals(first), AllIntervals(second));
    }

    [Fact]
    public void Intervals_contain_their_point_estimates()
    {
        Metric[] metrics = [ClassificationMetrics.Accuracy, ClassificationMetrics.BalancedAccuracy, ClassificationMetrics.Sensitivity, ClassificationMetrics.MacroAuc];

        BootstrapResult result = ClusterBootstrap.Run(Lesions, metrics, Quick);

        Assert.All(result.Overall.Values, interval => Assert.True(interval.Contains(interval.Estimate), interval.ToString()));
        Assert.All(result.ByGroup.Values, group => Assert.True(group["accuracy"].Contains(group["accuracy"].Estimate)));
        Assert.Equal(MetricFrame.Compute(Lesions, metrics).Overall["accuracy"], result.Overall["accuracy"].Estimate);
    }

    [Fact]
    public void Resampling_whole_lesions_gives_wider_intervals_than_resampling_images()
    {
        // Same rows; images of a lesion are all right or all wrong, so 4 images carry one lesion's information.
        PredictionSet byImage = Build.Lesions(lesionCount: 60, imagesPerLesion: 4, groupCount: 3, seed: 11, clusterByImage: true);

        ConfidenceInterval lesionLevel = ClusterBootstrap.Run(Lesions, AccuracyOnly, Quick).Overall["accuracy"];
        ConfidenceInterval imageLevel = ClusterBootstrap.Run(byImage, AccuracyOnly, Quick).Overall["accuracy"];

        Assert.Equal(lesionLevel.Estimate, imageLevel.Estimate);
        Assert.True(Width(lesionLevel) > 1.5 * Width(imageLevel), $"lesion-level {lesionLevel}, image-level {imageLevel}");
    }

    [Fact]
    public void A_paired_bootstrap_of_identical_arms_gives_zero_differences()
    {
        BootstrapResult result = ClusterBootstrap.RunPaired(Lesions, Lesions, AccuracyOnly, Quick);

        Assert.All(AllIntervals(result), interval =>
        {
            Assert.Equal((0, 0, 0), (interval.Estimate, interval.Lower, interval.Upper));
            Assert.False(interval.ExcludesZero);
        });
    }

    [Fact]
    public void A_paired_bootstrap_finds_an_arm_that_is_right_more_often()
    {
        PredictionSet alwaysRight = new(Lesions.ClassNames, Lesions.PositiveClass,
            Lesions.Rows.Select(row => row with { PredictedLabel = row.TrueLabel }).ToArray());

        BootstrapResult result = ClusterBootstrap.RunPaired(alwaysRight, Lesions, AccuracyOnly, Quick);

        ConfidenceInterval overall = result.Overall["accuracy"];
        Assert.Equal(1 - MetricFrame.Compute(Lesions, AccuracyOnly).Overall["accuracy"], overall.Estimate, 12);
        Assert.True(overall.ExcludesZero && overall.Lower > 0, overall.ToString());
        Assert.True(result.WorstGroup["accuracy"].ExcludesZero, result.WorstGroup["accuracy"].ToString());
    }

    [Fact]
    public void A_paired_bootstrap_refuses_arms_on_different_rows()
    {
        PredictionSet otherLesions = Build.Lesions(lesionCount: 60, imagesPerLesion: 4, groupCount: 3, seed: 11, clusterByImage: true);

        var error = Assert.Throws<ArgumentException>(() => ClusterBootstrap.RunPaired(Lesions, otherLesions, AccuracyOnly, Quick));
        Assert.Contains("row 0 differs", error.Message);
    }

    [Fact]
    public void Options_outside_their_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClusterBootstrap.Run(Lesions, AccuracyOnly, Quick with { Resamples = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClusterBootstrap.Run(Lesions, AccuracyOnly, Quick with { ConfidenceLevel = 1 }));
    }

    [Fact]
    public void A_thousand_resamples_of_two_thousand_rows_give_every_standard_metric_an_interval_around_its_estimate()
    {
        PredictionSet large = Build.Lesions(lesionCount: 1000, imagesPerLesion: 2, groupCount: 8, seed: 2);

        var result = ClusterBootstrap.Run(large, ClassificationMetrics.Standard(large), new BootstrapOptions());

        Assert.Equal(1000, result.Resamples);
        Assert.NotEmpty(result.Overall);
        foreach (var (metric, interval) in result.Overall)
        {
            Assert.True(interval.Contains(interval.Estimate), $"{metric}: {interval}");
            // Every lesion has two images, so only the count stays the same in every resample.
            Assert.True(metric == "n" ? interval.Lower == interval.Upper : interval.Lower < interval.Upper, $"{metric}: {interval}");
            Assert.Equal(1000, interval.ValidResamples);
        }
    }

    private static double Width(ConfidenceInterval interval) => interval.Upper - interval.Lower;

    private static ConfidenceInterval[] AllIntervals(BootstrapResult result) =>
    [
        .. result.Overall.Values,
        .. result.ByGroup.Values.SelectMany(group => group.Values),
        .. result.WorstGroup.Values,
        .. result.Difference.Values,
    ];
}
