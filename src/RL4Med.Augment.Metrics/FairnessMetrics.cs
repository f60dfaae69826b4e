namespace RL4Med.Augment.Metrics;

/// <summary>
/// Fairlearn's group-fairness summaries, one-vs-rest for the prediction set's positive class.
/// A group without positive rows has no true positive rate and a group without negative rows no false positive
/// rate; such a group is skipped for that rate only. (Fairlearn, through scikit-learn's normalized confusion
/// matrix, would count the rate as 0, which makes a group without melanoma look like a sensitivity of 0.)
/// Small groups take part unless <see cref="MetricFrameOptions.ExcludeSmallGroupsFromComparisons"/> is set.
/// </summary>
public static class FairnessMetrics
{
    /// <summary>
    /// The larger of the between-group difference (max - min) of the true positive rate and that of the false
    /// positive rate (Fairlearn's <c>equalized_odds_difference</c>); 0 means equal error rates in every group.
    /// </summary>
    public static double EqualizedOddsDifference(PredictionSet predictions, MetricFrameOptions? options = null)
    {
        MetricFrame frame = MetricFrame.Compute(
            predictions, [ClassificationMetrics.TruePositiveRate, ClassificationMetrics.FalsePositiveRate], options);
        double tprDifference = frame.Difference(ClassificationMetrics.TruePositiveRate.Name);
        double fprDifference = frame.Difference(ClassificationMetrics.FalsePositiveRate.Name);
        // Math.Max propagates NaN; a rate undefined in every group must not hide the other one.
        if (double.IsNaN(tprDifference)) return fprDifference;
        if (double.IsNaN(fprDifference)) return tprDifference;
        return Math.Max(tprDifference, fprDifference);
    }

    /// <summary>
    /// The between-group difference (max - min) of the selection rate, the share of rows predicted positive
    /// (Fairlearn's <c>demographic_parity_difference</c>).
    /// </summary>
    public static double DemographicParityDifference(PredictionSet predictions, MetricFrameOptions? options = null) =>
        MetricFrame.Compute(predictions, [ClassificationMetrics.SelectionRate], options)
            .Difference(ClassificationMetrics.SelectionRate.Name);
}
