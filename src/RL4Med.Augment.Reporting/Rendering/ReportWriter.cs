using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Reporting.Charts;
using System.Text;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>Writes a computed report as <c>report.html</c>, <c>report.md</c> and <c>report.json</c>.</summary>
public static class ReportWriter
{
    /// <summary>File name of the self-contained HTML page.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>File name of the Markdown tables.</summary>
    public const string MarkdownFile = "report.md";

    /// <summary>File name of the JSON with every number.</summary>
    public const string JsonFile = "report.json";

    /// <summary>The page: sentences, tables, charts and image grids in one file that needs no network.</summary>
    public static string Html(ReportResults results) => new HtmlReportWriter(results, ReportCharts.Render(results)).Write();

    /// <summary>The sentences and tables as GitHub Markdown.</summary>
    public static string Markdown(ReportResults results) => new MarkdownReportWriter(results).Write();

    /// <summary>
    /// The generator comparison's tables alone as Markdown, as the report's claims section prints them: evaluate-generator
    /// writes them beside its own tables.
    /// </summary>
    public static string Markdown(GeneratorComparison comparison)
    {
        var markdown = new StringBuilder();
        // No row of these tables is judged on test images, so none is too few to judge.
        foreach (ReportTable table in ClaimTables.Generator(comparison)) MarkdownTable.Append(markdown, table, minimumTestImages: 0);
        return markdown.ToString();
    }

    /// <summary>Every number as indented JSON.</summary>
    public static string Json(ReportResults results) => JsonReportWriter.Write(results);

    /// <summary>
    /// Renders all three files, then writes each atomically into <paramref name="directory"/> (created when
    /// missing), so a failed render leaves the previous report whole. Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(ReportResults results, string directory)
    {
        (string File, string Text)[] files = [(HtmlFile, Html(results)), (MarkdownFile, Markdown(results)), (JsonFile, Json(results))];
        return files.Select(file =>
        {
            string path = Path.Combine(directory, file.File);
            AtomicFile.WriteAllText(path, file.Text);
            return path;
        }).ToArray();
    }
}
