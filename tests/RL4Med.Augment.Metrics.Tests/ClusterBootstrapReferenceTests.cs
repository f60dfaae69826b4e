using RL4Med.Augment.Metrics;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Metrics.Tests;

/// <summary>
/// The cluster bootstrap against an independent computation (tests/Shared/Reference): 16 images of 9 lesions in two
/// groups, 25 resamples at level 0.9. The script draws the resamples as .NET's seeded <see cref="Random"/> does and
/// computes accuracy, mel AUC and ECE of each with scikit-learn's sample weights (ECE in numpy), and each interval
/// with numpy's linear percentile over the resamples where the value is defined.
/// </summary>
public class ClusterBootstrapReferenceTests
{
    private static readonly BootstrapReference Reference = ReferenceValues.Section<BootstrapReference>("bootstrap");

    private static readonly PredictionSet Set = ReferenceSets.FromScores(
        Reference.Classes, Reference.PositiveClass, Reference.Truth, Reference.Scores, Reference.Groups, Reference.Clusters);

    private static readonly Metric[] Metrics =
        [ClassificationMetrics.Accuracy, ClassificationMetrics.Auc("mel"), ClassificationMetrics.ExpectedCalibrationError];

    [Fact]
    public void The_seed_draws_the_lesions_of_each_group_that_the_reference_resamples()
    {
        var random = new Random(Reference.Seed);
        var resampler = new ClusterResampler(Set);
        var multiplicity = new int[Set.Count];

        foreach (int[] expected in Reference.Multiplicities)
        {
            resampler.Draw(random, multiplicity);
            Assert.Equal(expected, multiplicity);
        }
    }

    [Fact]
    public void Every_interval_is_the_percentile_interval_of_the_independently_computed_resample_values()
    {
        var options = new BootstrapOptions { Resamples = Reference.Resamples, Seed = Reference.Seed, ConfidenceLevel = Reference.ConfidenceLevel };

        BootstrapResult result = ClusterBootstrap.Run(Set, Metrics, options);

        AssertIntervals(Reference.Overall, result.Overall);
        foreach (var (group, expected) in Reference.ByGroup) AssertIntervals(expected, result.ByGroup[group]);
        AssertIntervals(Reference.WorstGroup, result.WorstGroup);
        AssertIntervals(Reference.Difference, result.Difference);
        // Some resamples leave a group without a mel lesion: its AUC is undefined there and left out.
        Assert.Contains(Reference.ByGroup.Values, group => group["auc[mel]"].ValidResamples < Reference.Resamples);
    }

    private static void AssertIntervals(Dictionary<string, ReferenceInterval> expected, IReadOnlyDictionary<string, ConfidenceInterval> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (metric, interval) in expected)
        {
            ConfidenceInterval value = actual[metric];
            Assert.Equal(interval.ValidResamples, value.ValidResamples);
            Assert.Equal(interval.Estimate, value.Estimate, 12);
            Assert.Equal(interval.Lower, value.Lower, 12);
            Assert.Equal(interval.Upper, value.Upper, 12);
        }
    }

    private sealed record BootstrapReference(
        string[] Classes, string PositiveClass, int[] Truth, double[][] Scores, string[] Groups, string[] Clusters,
        int Seed, int Resamples, double ConfidenceLevel, int[][] Multiplicities,
        Dictionary<string, ReferenceInterval> Overall, Dictionary<string, Dictionary<string, ReferenceInterval>> ByGroup,
        Dictionary<string, ReferenceInterval> WorstGroup, Dictionary<string, ReferenceInterval> Difference);

    private sealed record ReferenceInterval(double Estimate, double Lower, double Upper, int ValidResamples);
}
