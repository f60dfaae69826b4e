using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Runs.Reports;

/// <summary>A report on disk: its files (HTML, Markdown, JSON) and the numbers in them.</summary>
public sealed record WrittenReport(IReadOnlyList<string> Files, ReportResults Results)
{
    /// <summary>The self-contained HTML report.</summary>
    public string Html => Files.First(f => f.EndsWith(".html", StringComparison.Ordinal));
}
