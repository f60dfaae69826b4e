using System.Globalization;
using System.Text;

namespace RL4Med.Augment.Metrics;

/// <summary>The definitions behind a report's numbers, as plain text a report can print beside its tables.</summary>
public static class MetricDefinitions
{
    /// <summary>
    /// One line per metric, then how groups are compared, the fairness differences and the bootstrap,
    /// with the settings given (defaults when null).
    /// </summary>
    public static string Describe(IEnumerable<Metric> metrics, MetricFrameOptions? frameOptions = null, BootstrapOptions? bootstrapOptions = null)
    {
        MetricFrameOptions frame = frameOptions ?? new MetricFrameOptions();
        BootstrapOptions bootstrap = bootstrapOptions ?? new BootstrapOptions();
        string smallGroups = frame.ExcludeSmallGroupsFromComparisons ? "flagged and left out of comparisons" : "flagged but still compared";
        var text = new StringBuilder();

        text.AppendLine("Metrics (NaN where a denominator is zero)");
        foreach (Metric metric in metrics) text.AppendLine($"- {metric.Definition}");

        text.AppendLine();
        text.AppendLine("Group comparisons (as Fairlearn's MetricFrame)");
        text.AppendLine("- overall: the metric on all rows.");
        text.AppendLine($"- by group: the metric on each group's rows; groups with fewer than {frame.MinimumGroupSize} rows are {smallGroups}.");
        text.AppendLine("- group min / group max: the lowest / highest value over the compared groups where the metric is defined.");
        text.AppendLine("- difference: group max - group min (Fairlearn difference(method='between_groups')).");
        text.AppendLine("- ratio: group min / group max (Fairlearn ratio(method='between_groups')).");
        text.AppendLine("- worst group: the group min, or the group max for metrics where lower is better (ece, fpr).");

        text.AppendLine();
        text.AppendLine("Fairness (one-vs-rest for the positive class)");
        text.AppendLine("- equalized odds difference: the larger of the difference of tpr and the difference of fpr (Fairlearn equalized_odds_difference); groups without positive rows are skipped for tpr, groups without negative rows for fpr.");
        text.AppendLine("- demographic parity difference: the difference of selection_rate (Fairlearn demographic_parity_difference).");

        text.AppendLine();
        text.AppendLine("Confidence intervals");
        string level = (bootstrap.ConfidenceLevel * 100).ToString("0.#", CultureInfo.InvariantCulture);
        text.Append($"- {level}% percentile intervals from {bootstrap.Resamples} bootstrap resamples (System.Random, seed {bootstrap.Seed}). ");
        text.Append("Each resample draws, within each group, as many clusters (lesions or patients) as the group has, with replacement; all rows of a drawn cluster count together. ");
        text.Append("Percentiles interpolate linearly between order statistics; resamples where a value is undefined are left out of its interval. ");
        text.AppendLine("A worst-group interval follows the worst group of each resample, whichever group that is.");
        text.AppendLine("- paired (arm A vs arm B on the same rows): each resample weights the same rows in both arms; the interval is of A minus B, and the arms differ at that level when it excludes 0.");
        return text.ToString();
    }
}
