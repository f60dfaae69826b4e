using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Runs.Arms;

/// <summary>
/// An arm's standard metrics on one split, overall, with its worst subgroup's accuracy: what <c>metrics.json</c> shows
/// for validation (where choices between classifiers are made) and for test.
/// </summary>
/// <param name="Overall">Each of <see cref="ClassificationMetrics.Standard"/> by name, on every row of the split.</param>
/// <param name="WorstGroup">The subgroup with the lowest accuracy among those with at least the minimum row count.</param>
/// <param name="WorstGroupAccuracy">Its accuracy; NaN when no subgroup is large enough.</param>
public sealed record SplitScores(IReadOnlyDictionary<string, double> Overall, string? WorstGroup, double WorstGroupAccuracy)
{
    /// <summary>Scores of <paramref name="predictions"/>; subgroups under <paramref name="minimumGroupSize"/> rows are not judged.</summary>
    public static SplitScores Of(PredictionSet predictions, int minimumGroupSize)
    {
        var frame = MetricFrame.Compute(predictions, ClassificationMetrics.Standard(predictions),
            new MetricFrameOptions { MinimumGroupSize = minimumGroupSize, ExcludeSmallGroupsFromComparisons = true });
        var worst = frame.WorstGroup(ClassificationMetrics.Accuracy.Name);
        return new SplitScores(frame.Overall, worst.Group, worst.Value);
    }
}
