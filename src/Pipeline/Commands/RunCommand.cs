using System.ComponentModel;
using System.Diagnostics;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Reports;
using RL4Med.Augment.Runs.Stages;
using RL4Med.Augment.Torch.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>run</c>: every stage of <see cref="RunStages"/> in order, each skipped when its outputs are complete with the current settings.</summary>
[Description("Run the whole pipeline: prepare-data, train-generator (reward, pretrain, ddpo), evaluate-generator, augment (pretrained and ddpo), train-classifier (four arms), report. Stages already complete are skipped, so a rerun after a kill continues.")]
public sealed class RunCommand : Command<RunCommand.Settings>
{
    public sealed class Settings : TorchSettings
    {
        [CommandOption("--seeds <N>")]
        [Description("Train the classifier arms with N seeds (the generator stages run once); the report gives mean ± SD across seeds and pools them. Default: the configuration's 'seeds' (1).")]
        public int? Seeds { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        NumericSelfCheck.Require(); // a machine that computes wrong is refused now, not an hour into training
        var config = settings.LoadConfig(settings.Seeds);
        // Checked before hours of training, not after.
        for (int i = 0; i < config.Report.TestSets.Count; i++)
            if (!File.Exists(config.Report.TestSets[i]))
                throw new InputDataException(
                    $"option 'report.testSets[{i}]': '{config.Report.TestSets[i]}' not found (paths are relative to the working folder)", settings.Config);
        var options = settings.StageOptions();
        var stages = RunStages.InOrder(config, RunSettings.LayoutOf(config), File.ReadAllText(settings.Config), options);
        var clock = Stopwatch.StartNew();
        var reports = new List<WrittenReport>();
        for (int i = 0; i < stages.Count; i++)
        {
            AnsiConsole.Write(new Rule($"[bold]{i + 1}/{stages.Count}  {Markup.Escape(stages[i].Name)}[/]  [grey]{clock.Elapsed:hh\\:mm\\:ss}[/]").LeftJustified());
            StageOutcome? outcome;
            using (var stage = stages[i].Open())
                outcome = StageView.RunUnlessComplete(stage, options, cancellationToken);
            StageMemory.Release();
            if (outcome is { Stopped: true })
            {
                AnsiConsole.MarkupLine("Stopped. [bold]run[/] again (same options) continues from here.");
                return StageView.Stopped;
            }
            if (outcome?.Result is WrittenReport report) reports.Add(report);
        }
        if (reports.Count > 1) AnsiConsole.MarkupLineInterpolated($"External test sets: {string.Join(", ", reports.Skip(1).Select(r => r.Html))}");
        AnsiConsole.MarkupLineInterpolated($"Finished in {clock.Elapsed:hh\\:mm\\:ss} (peak memory {StageMemory.PeakGiB:F1} GiB). Report: [bold]{reports[0].Html}[/]");
        return 0;
    }
}
