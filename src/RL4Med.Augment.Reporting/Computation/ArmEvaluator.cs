using RL4Med.Augment.Metrics;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>One arm's metrics overall and per subgroup, with cluster-bootstrap intervals, spread and fairness.</summary>
internal sealed class ArmEvaluator(
    IReadOnlyList<Metric> metrics,
    MetricFrameOptions frameOptions,
    BootstrapOptions bootstrapOptions,
    IReadOnlySet<string> underRepresented)
{
    public ArmResult Evaluate(ArmPredictions arm, IReadOnlyList<ArmComparison> comparisons)
    {
        PredictionSet predictions = arm.Predictions;
        MetricFrame frame = MetricFrame.Compute(predictions, metrics, frameOptions);
        BootstrapResult bootstrap = ClusterBootstrap.Run(predictions, metrics, bootstrapOptions, frameOptions);

        SubgroupResult[] subgroups = frame.ByGroup
            .Select(group => new SubgroupResult(
                group.Group, group.RowCount, underRepresented.Contains(group.Group), group.IsSmall, Estimates(bootstrap.ByGroup[group.Group])))
            .ToArray();
        SubgroupSpread[] spread = metrics
            .Where(metric => metric.Name != ReportMetrics.Count)
            .Select(metric => SpreadOf(metric, frame, bootstrap))
            .ToArray();
        var fairness = new FairnessResult(
            FairnessMetrics.EqualizedOddsDifference(predictions, frameOptions),
            FairnessMetrics.DemographicParityDifference(predictions, frameOptions));
        return new ArmResult(arm.Name, predictions.Count, Estimates(bootstrap.Overall), subgroups, spread, fairness, comparisons);
    }

    private static SubgroupSpread SpreadOf(Metric metric, MetricFrame frame, BootstrapResult bootstrap)
    {
        GroupExtreme worst = frame.WorstGroup(metric.Name);
        GroupExtreme best = metric.HigherIsBetter ? frame.GroupMax(metric.Name) : frame.GroupMin(metric.Name);
        return new SubgroupSpread(
            metric.Name,
            worst.Group,
            IntervalEstimate.From(bootstrap.WorstGroup[metric.Name]),
            best.Group,
            best.Value,
            IntervalEstimate.From(bootstrap.Difference[metric.Name]),
            frame.Ratio(metric.Name));
    }

    // Keeps the metric order of the frame, so JSON objects list metrics as the tables do.
    private Dictionary<string, IntervalEstimate> Estimates(IReadOnlyDictionary<string, ConfidenceInterval> intervals) =>
        metrics.ToDictionary(metric => metric.Name, metric => IntervalEstimate.From(intervals[metric.Name]), StringComparer.Ordinal);
}
