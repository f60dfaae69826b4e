using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Reporting.Charts;

/// <summary>The report's charts as inline SVG elements, ready to sit in the HTML page; a chart without data is null.</summary>
/// <param name="SubgroupAccuracy">Accuracy per subgroup and arm with interval whiskers.</param>
/// <param name="ImageCounts">Real and synthetic training images per subgroup; null without counts.</param>
/// <param name="RewardCurve">The DDPO reward per epoch with a ± std band; null without a curve.</param>
public sealed record ReportCharts(string SubgroupAccuracy, string? ImageCounts, string? RewardCurve)
{
    /// <summary>Draws every chart the results have data for.</summary>
    public static ReportCharts Render(ReportResults results) => new(
        SubgroupAccuracyChart.Render(results),
        results.SubgroupCounts.Count == 0 ? null : ImageCountChart.Render(results.SubgroupCounts),
        results.RewardCurve.Count == 0 ? null : RewardCurveChart.Render(results.RewardCurve));
}
