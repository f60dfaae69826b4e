using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>
/// One number of the classifier claim (issue: "the paper's two claims"): how it is read from a metric frame (a seed's
/// value) and from a bootstrap result (its interval).
/// </summary>
/// <param name="Key">Its name in report.json, e.g. <c>accuracy@under-represented</c>.</param>
/// <param name="Label">Its column heading.</param>
/// <param name="Value">The value on one seed's predictions.</param>
/// <param name="Interval">Its interval in a (paired) bootstrap result.</param>
internal sealed record ClaimQuantity(string Key, string Label, Func<MetricFrame, double> Value, Func<BootstrapResult, ConfidenceInterval> Interval)
{
    /// <summary>The label of the under-represented subgroups pooled in metric names (<c>accuracy@under-represented</c>).</summary>
    public const string UnderRepresented = "under-represented";

    /// <summary>The metrics the quantities are computed from, for the frame and the bootstrap.</summary>
    public static IReadOnlyList<Metric> Metrics(string positiveClass, IReadOnlySet<string> underRepresented) =>
    [
        ClassificationMetrics.Accuracy,
        ClassificationMetrics.BalancedAccuracy,
        ClassificationMetrics.Auc(positiveClass),
        ClassificationMetrics.Among(ClassificationMetrics.Accuracy, underRepresented, UnderRepresented),
        ClassificationMetrics.Among(ClassificationMetrics.Recall(positiveClass), underRepresented, UnderRepresented),
        ClassificationMetrics.Among(ClassificationMetrics.Specificity, underRepresented, UnderRepresented),
    ];

    /// <summary>
    /// Overall accuracy, balanced accuracy and AUC of the positive class; worst-group accuracy; accuracy, the positive
    /// class's recall and specificity on the under-represented subgroups pooled; the accuracy gap between the best and the
    /// worst subgroup (subgroups with too few test images left out, as everywhere in the report).
    /// </summary>
    public static IReadOnlyList<ClaimQuantity> All(string positiveClass)
    {
        string accuracy = ClassificationMetrics.Accuracy.Name;
        ClaimQuantity Overall(string name, string label) => new(name, label, frame => frame.Overall[name], result => result.Overall[name]);
        string Pooled(string metric) => $"{metric}@{UnderRepresented}";
        return
        [
            Overall(accuracy, "Accuracy"),
            Overall(ClassificationMetrics.BalancedAccuracy.Name, "Balanced accuracy"),
            Overall(ClassificationMetrics.Auc(positiveClass).Name, $"AUC ({positiveClass})"),
            new("worst_group_accuracy", "Worst-group accuracy", frame => frame.WorstGroup(accuracy).Value, result => result.WorstGroup[accuracy]),
            Overall(Pooled(accuracy), "Accuracy, under-represented pooled"),
            Overall(Pooled(ClassificationMetrics.Recall(positiveClass).Name), $"Recall ({positiveClass}), under-represented pooled"),
            Overall(Pooled(ClassificationMetrics.Specificity.Name), $"Specificity (not {positiveClass}), under-represented pooled"),
            new("accuracy_gap", "Accuracy gap (best − worst subgroup)", frame => frame.Difference(accuracy), result => result.Difference[accuracy]),
        ];
    }
}
