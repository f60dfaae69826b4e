using RL4Med.Augment.GeneratorMetrics;

namespace RL4Med.Augment.GeneratorMetrics.Tests;

public class FeatureDiversityTests
{
    [Fact]
    public void IsTheMeanDistanceOverAllPairs()
    {
        // Points 0, 1 and 3 on a line: distances 1, 3 and 2.
        Assert.Equal(2.0, FeatureDiversity.MeanPairwiseDistance(new float[,] { { 0, 0 }, { 1, 0 }, { 3, 0 } }), 9);
        // A 3-4-5 triangle's hypotenuse counts as 5, not 7.
        Assert.Equal(5.0, FeatureDiversity.MeanPairwiseDistance(new float[,] { { 0, 0 }, { 3, 4 } }), 6);
    }

    [Fact]
    public void IsZeroForACollapsedGenerator()
    {
        Assert.Equal(0.0, FeatureDiversity.MeanPairwiseDistance(new float[,] { { 1, 2 }, { 1, 2 }, { 1, 2 } }));
    }

    [Fact]
    public void IsMeasuredWithinEachPromptGroup()
    {
        var features = new float[,] { { 0 }, { 10 }, { 2 }, { 100 }, { 4 } };
        var groups = new[] { "a", "b", "a", "c", "b" };

        var diversity = FeatureDiversity.ByGroup(features, groups);

        // The lone image of group c has no pair.
        Assert.Equal(new Dictionary<string, double> { ["a"] = 2, ["b"] = 6 }, diversity);
    }
}
