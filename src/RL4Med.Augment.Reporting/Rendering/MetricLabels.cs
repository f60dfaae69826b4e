using RL4Med.Augment.Metrics;
using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>Column headings for the metric names of one report, e.g. "Sensitivity (mel)" for <c>recall[mel]</c>.</summary>
internal sealed class MetricLabels
{
    private readonly Dictionary<string, string> labels;

    public MetricLabels(ReportSettings settings)
    {
        string positive = settings.PositiveClass;
        labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ClassificationMetrics.Count.Name] = "n",
            [ClassificationMetrics.Accuracy.Name] = "Accuracy",
            [ClassificationMetrics.BalancedAccuracy.Name] = "Balanced accuracy",
            [ClassificationMetrics.Specificity.Name] = $"Specificity ({positive})",
            [ClassificationMetrics.MacroF1.Name] = "Macro-F1",
            [ClassificationMetrics.MacroAuc.Name] = "AUC (macro)",
            [ClassificationMetrics.Auc(positive).Name] = $"AUC ({positive})",
            [ClassificationMetrics.ExpectedCalibrationError.Name] = "ECE",
        };
        foreach (string className in settings.ClassNames)
            labels[ClassificationMetrics.Recall(className).Name] = className == positive ? $"Sensitivity ({className})" : $"Recall ({className})";
    }

    /// <summary>The heading of <paramref name="metric"/>; the name itself for a metric without one.</summary>
    public string Of(string metric) => labels.GetValueOrDefault(metric, metric);
}
