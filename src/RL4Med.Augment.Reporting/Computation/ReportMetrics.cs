using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>The metrics a report computes, from the catalog of <see cref="ClassificationMetrics"/>.</summary>
public static class ReportMetrics
{
    /// <summary>Name of overall and subgroup accuracy.</summary>
    public static string Accuracy => ClassificationMetrics.Accuracy.Name;

    /// <summary>Name of balanced accuracy.</summary>
    public static string BalancedAccuracy => ClassificationMetrics.BalancedAccuracy.Name;

    /// <summary>Name of the test-image count.</summary>
    public static string Count => ClassificationMetrics.Count.Name;

    /// <summary>Name of the sensitivity of <paramref name="positiveClass"/>: its recall, e.g. <c>recall[mel]</c>.</summary>
    public static string Sensitivity(string positiveClass) => ClassificationMetrics.Recall(positiveClass).Name;

    /// <summary>
    /// The columns of every table: n, accuracy, balanced accuracy, the recall of each class (the positive class's
    /// sensitivity first), specificity, macro-F1, macro and positive-class one-vs-rest AUC, and ECE.
    /// </summary>
    public static IReadOnlyList<Metric> All(IReadOnlyList<string> classNames, string positiveClass) =>
    [
        ClassificationMetrics.Count,
        ClassificationMetrics.Accuracy,
        ClassificationMetrics.BalancedAccuracy,
        .. classNames.OrderBy(name => name == positiveClass ? 0 : 1).Select(ClassificationMetrics.Recall),
        ClassificationMetrics.Specificity,
        ClassificationMetrics.MacroF1,
        ClassificationMetrics.MacroAuc,
        ClassificationMetrics.Auc(positiveClass),
        ClassificationMetrics.ExpectedCalibrationError,
    ];

    /// <summary>The metrics arms are compared on with the paired bootstrap: accuracy, balanced accuracy and sensitivity.</summary>
    public static IReadOnlyList<Metric> Paired(string positiveClass) =>
        [ClassificationMetrics.Accuracy, ClassificationMetrics.BalancedAccuracy, ClassificationMetrics.Recall(positiveClass)];
}
