using System.ComponentModel;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;
using RL4Med.Augment.Runs.Preparation;
using RL4Med.Augment.Runs.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>report</c>: accuracy and fairness per subgroup for every trained arm, with bootstrap intervals.</summary>
[Description("Write the per-subgroup accuracy and fairness report (report.html, report.md, report.json) from the arms' test predictions, or score the saved arms on an external test set (--test-data).")]
public sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public sealed class Settings : RunSettings
    {
        [CommandOption("--test-data <CONFIG_OR_MANIFEST>")]
        [Description("An external test set: a data configuration (JSON with name, dataset, images; prepared here when needed, files relative to --data-root) or a prepared manifest.csv. Every image in it is scored by every saved arm; the report goes to runs/<name>/external/<test set>/report/.")]
        public string? TestData { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        var layout = RunSettings.LayoutOf(config);
        if (settings.TestData is null)
        {
            WriteReport(config, layout, settings.Config);
            return 0;
        }
        WriteExternalReport(config, layout, settings.Config, settings.TestData, settings.DataRoot);
        return 0;
    }

    /// <summary>Scores the external test set <paramref name="testData"/> with every saved arm and writes its report; returns the HTML file's path.</summary>
    internal static string WriteExternalReport(RunConfiguration config, RunLayout layout, string configPath, string testData, string dataRoot)
    {
        var (name, manifest) = PreparedTestSet(testData, dataRoot);
        return Write(new ReportStage(config, layout, File.ReadAllText(configPath)), $"Scoring {name} with", stage => stage.RunOn(name, manifest));
    }

    /// <summary>Computes and writes the report; prints its headline; returns the HTML file's path.</summary>
    internal static string WriteReport(RunConfiguration config, RunLayout layout, string configPath) =>
        Write(new ReportStage(config, layout, File.ReadAllText(configPath)), "Computing the report for", stage => stage.Run());

    // Runs one report under a status line, prints its headline and files, and returns the HTML file's path.
    private static string Write(ReportStage stage, string doing,
        Func<ReportStage, (IReadOnlyList<string> Files, Reporting.Computation.ReportResults Results)> run)
    {
        var (files, results) = AnsiConsole.Status().Start(
            $"{doing} {string.Join(", ", stage.AvailableArms)} (bootstrap intervals)...", _ => run(stage));
        AnsiConsole.MarkupLineInterpolated($"[bold]{results.Headline.Sentence}[/]");
        foreach (string file in files) AnsiConsole.MarkupLineInterpolated($"Wrote {file}");
        return files.First(f => f.EndsWith(".html", StringComparison.Ordinal));
    }

    /// <summary>The test set's name and manifest: a manifest as given, or a data configuration prepared unless already.</summary>
    private static (string Name, string Manifest) PreparedTestSet(string testData, string dataRoot)
    {
        if (testData.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            return (Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(testData))) ?? "external", testData);
        var config = PipelineConfigLoader.Load<PipelineConfig>(testData);
        var layout = new RunLayout(config.ResolveRunFolder(RunSettings.WorkingDirectory));
        var stage = new PrepareDataStage(config, layout, RunSettings.WorkingDirectory, dataRoot);
        if (!stage.IsComplete)
            AnsiConsole.Status().Start($"Preparing the test set {config.Name}...", _ => stage.Run());
        return (config.Name, layout.Manifest);
    }
}
