using RL4Med.Augment.Data.Experiment;
using System.Text;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>The report's sentences and tables as GitHub Markdown; the charts and image grids live in the HTML.</summary>
internal sealed class MarkdownReportWriter(ReportResults results)
{
    private readonly ReportTables tables = new(results);
    private readonly ClaimTables claimTables = new(results);
    private readonly StringBuilder markdown = new();

    public string Write()
    {
        ReportSettings settings = results.Settings;
        markdown.AppendLine("# Synthetic augmentation of under-represented subgroups").AppendLine();
        markdown.AppendLine($"Test set: **{Escape(settings.TestSetName)}** · {NumberFormat.Count(results.Arms[0].TestImages)} real test images · " +
                             $"{results.Arms.Count} arms · positive class **{Escape(settings.PositiveClass)}** · " +
                             $"{NumberFormat.Level(settings.ConfidenceLevel)} intervals from {NumberFormat.Count(settings.BootstrapResamples)} cluster-bootstrap resamples. " +
                             "Charts and image grids are in report.html.").AppendLine();

        Claims();
        markdown.AppendLine("## Answer").AppendLine();
        markdown.AppendLine($"**{Escape(results.Headline.Sentence)}**").AppendLine();
        foreach (string detail in results.Headline.Details) markdown.AppendLine($"- {Escape(detail)}");
        if (results.Headline.Details.Count > 0) markdown.AppendLine();
        Table(tables.Headline());

        markdown.AppendLine("## Comparisons between arms").AppendLine();
        Table(tables.Comparisons());
        if (tables.UnderRepresentedDifferences() is { } underRepresented) Table(underRepresented);

        markdown.AppendLine("## Accuracy and fairness across subgroups").AppendLine();
        Table(tables.Fairness());
        markdown.AppendLine("## Per arm").AppendLine();
        foreach (ArmResult arm in results.Arms)
        {
            Table(tables.ArmSubgroups(arm));
            Table(tables.ArmSpread(arm));
        }

        if (results.SubgroupCounts.Count > 0)
        {
            markdown.AppendLine("## Training data").AppendLine();
            Table(tables.SubgroupCounts());
        }
        List<ReportTable> generatorTables = tables.GeneratorEvaluation().ToList();
        if (generatorTables.Count > 0)
        {
            markdown.AppendLine("## Generator").AppendLine();
            generatorTables.ForEach(Table);
        }
        Reconstruction();
        Methods();
        return markdown.ToString();
    }

    private void Claims()
    {
        markdown.AppendLine("## Claims").AppendLine();
        foreach (Claim claim in results.Claims)
            markdown.AppendLine($"- **{Escape(claim.Sentence)}**  ").AppendLine($"  Claim {claim.Number}: _{Escape(claim.Statement)}_ Rule: {Escape(claim.Rule)}");
        markdown.AppendLine();
        markdown.AppendLine(Escape(ClaimText.Seeds(results.ClassifierClaim.Seeds))).AppendLine();
        if (results.ModelSelection.Length > 0) markdown.AppendLine($"**Model selection.** {Escape(results.ModelSelection)}").AppendLine();
        foreach (ReportTable table in claimTables.Generator()) Table(table);
        Table(claimTables.Arms());
        Table(claimTables.Differences());
    }

    private void Reconstruction()
    {
        if (results.AutoencoderReconstruction is not { } reconstruction) return;
        markdown.AppendLine($"## {ReconstructionText.Title}").AppendLine();
        markdown.AppendLine(Escape(ReconstructionText.Summary(reconstruction)) +
                            (reconstruction.Image is null ? "" : " Originals beside their reconstructions are in report.html.")).AppendLine();
        if (tables.ReconstructionAgreement() is { } agreement) Table(agreement);
    }

    private void Methods()
    {
        markdown.AppendLine("## Methods").AppendLine();
        markdown.AppendLine($"Arms: {Escape(string.Join(", ", results.Arms.Select(arm => $"{arm.Name} ({ArmNames.Describe(arm.Name)})")))}.").AppendLine();
        markdown.AppendLine("### Metric definitions").AppendLine();
        foreach (string line in results.MetricDefinitions.Split('\n').Select(line => line.TrimEnd()))
            markdown.AppendLine(line.Length == 0 || line.StartsWith("- ", StringComparison.Ordinal) ? Escape(line) : $"**{Escape(line)}**\n");
        markdown.AppendLine();
        Table(tables.Seeds());
        if (results.ConfigurationJson.Length > 0)
        {
            // A fence longer than any backtick run in the text cannot be closed by it.
            string fence = new('`', Math.Max(3, LongestBacktickRun(results.ConfigurationJson) + 1));
            markdown.AppendLine("### Configuration").AppendLine().AppendLine($"{fence}json").AppendLine(results.ConfigurationJson.TrimEnd()).AppendLine(fence).AppendLine();
        }
    }

    private void Table(ReportTable table) => MarkdownTable.Append(markdown, table, results.Settings.MinimumTestImages);

    private static string Escape(string text) => MarkdownTable.Escape(text);

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
