using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

/// <summary>The paired bootstrap pooled over classifier seeds: lesions drawn once, the same for every seed and both arms.</summary>
public class PooledBootstrapTests
{
    private static readonly BootstrapOptions Quick = new() { Resamples = 400, Seed = 9 };

    private static readonly Metric[] AccuracyOnly = [ClassificationMetrics.Accuracy];

    // Two lesions of two images each in one group; arm A is right on the lesions named, arm B is always wrong.
    private static PredictionSet RightOn(params string[] lesions) => new(Build.Dermoscopy, "mel",
        new[] { "L1", "L1", "L2", "L2" }
            .Select(lesion => new PredictionRow("mel", lesions.Contains(lesion) ? "mel" : "nev", lesions.Contains(lesion) ? [0.1f, 0.9f] : [0.9f, 0.1f], "all", lesion))
            .ToArray());

    [Fact]
    public void Seeds_that_are_right_on_different_lesions_pool_to_one_value_in_every_resample()
    {
        // Seed 0 of A is right on L1 only, seed 1 on L2 only. A resample draws (m1, m2) lesion counts with m1 + m2 = 2:
        // seed 0's accuracy is m1/2, seed 1's m2/2, their mean 1/2 whatever the draw, because both seeds see the same
        // lesions. Resampling each seed's lesions on its own would spread the interval to [0.25, 0.75] and wider.
        PredictionSet wrong = RightOn();

        BootstrapResult pooled = ClusterBootstrap.RunPairedPooled([RightOn("L1"), RightOn("L2")], [wrong, wrong], AccuracyOnly, Quick);

        ConfidenceInterval difference = pooled.Overall["accuracy"];
        Assert.Equal(0.5, difference.Estimate, 12);
        Assert.Equal(0.5, difference.Lower, 12);
        Assert.Equal(0.5, difference.Upper, 12);
    }

    [Fact]
    public void The_estimate_is_the_mean_over_seeds_of_each_seeds_difference()
    {
        // A: seed 0 right on both lesions (accuracy 1), seed 1 on L1 only (0.5); B: always wrong. Mean difference 0.75;
        // a resample with L1 twice gives (1 + 1) / 2 = 1, with L2 twice (1 + 0) / 2 = 0.5: the interval spans [0.5, 1].
        PredictionSet wrong = RightOn();

        BootstrapResult pooled = ClusterBootstrap.RunPairedPooled([RightOn("L1", "L2"), RightOn("L1")], [wrong, wrong], AccuracyOnly, Quick);

        ConfidenceInterval difference = pooled.Overall["accuracy"];
        Assert.Equal(0.75, difference.Estimate, 12);
        Assert.Equal(0.5, difference.Lower, 12);
        Assert.Equal(1.0, difference.Upper, 12);
    }

    [Fact]
    public void One_seed_is_the_paired_bootstrap()
    {
        PredictionSet a = Build.Lesions(lesionCount: 30, imagesPerLesion: 2, groupCount: 2, seed: 4);
        PredictionSet b = new(a.ClassNames, a.PositiveClass, a.Rows.Select(row => row with { PredictedLabel = row.TrueLabel }).ToArray());
        Metric[] metrics = [ClassificationMetrics.Accuracy, ClassificationMetrics.BalancedAccuracy];

        BootstrapResult paired = ClusterBootstrap.RunPaired(a, b, metrics, Quick);
        BootstrapResult pooled = ClusterBootstrap.RunPairedPooled([a], [b], metrics, Quick);

        Assert.Equal(paired.Overall, pooled.Overall);
        Assert.Equal(paired.WorstGroup, pooled.WorstGroup);
    }

    [Fact]
    public void A_metric_among_some_groups_pools_their_rows()
    {
        PredictionSet set = Build.Labelled(Build.Dermoscopy, "mel",
            ("mel", "mel", "rare1"), ("mel", "nev", "rare2"), ("mel", "mel", "rare2"), ("nev", "mel", "common"));
        Metric pooled = ClassificationMetrics.Among(ClassificationMetrics.Accuracy, new HashSet<string> { "rare1", "rare2" }, "rare");

        Assert.Equal("accuracy@rare", pooled.Name);
        Assert.Equal(2.0 / 3, pooled.Evaluate(set), 12);
    }
}
