using System.ComponentModel;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;
using RL4Med.Augment.Runs.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>report</c>: accuracy and fairness per subgroup for every trained arm, with bootstrap intervals.</summary>
[Description("Write the per-subgroup accuracy and fairness report (report.html, report.md, report.json) from the arms' test predictions.")]
public sealed class ReportCommand : Command<RunSettings>
{
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        WriteReport(config, RunSettings.LayoutOf(config), settings.Config);
        return 0;
    }

    /// <summary>Computes and writes the report; prints its headline; returns the HTML file's path.</summary>
    internal static string WriteReport(RunConfiguration config, RunLayout layout, string configPath)
    {
        var stage = new ReportStage(config, layout, File.ReadAllText(configPath));
        var (files, results) = AnsiConsole.Status().Start(
            $"Computing the report for {string.Join(", ", stage.AvailableArms)} (bootstrap intervals)...", _ => stage.Run());
        AnsiConsole.MarkupLineInterpolated($"[bold]{results.Headline.Sentence}[/]");
        foreach (string file in files) AnsiConsole.MarkupLineInterpolated($"Wrote {file}");
        return files.First(f => f.EndsWith(".html", StringComparison.Ordinal));
    }
}
