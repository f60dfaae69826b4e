using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Torch.Diagnostics;
using System.ComponentModel;
using System.Diagnostics;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Reporting.Inputs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>run</c>: every stage in order, each skipped when its outputs are complete with the current settings.</summary>
[Description("Run the whole pipeline: prepare-data, train-generator (reward, pretrain, ddpo), evaluate-generator, augment (pretrained and ddpo), train-classifier (four arms), report. Stages already complete are skipped, so a rerun after a kill continues.")]
public sealed class RunCommand : Command<TorchSettings>
{
    /// <summary>Exit code after a signal stopped a stage (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    public override int Execute(CommandContext context, TorchSettings settings, CancellationToken cancellationToken)
    {
        NumericSelfCheck.Require(); // a machine that computes wrong is refused now, not an hour into training
        var config = settings.LoadConfig();
        var layout = RunSettings.LayoutOf(config);
        string device = settings.Device;
        // Checked before hours of training, not after.
        for (int i = 0; i < config.Report.TestSets.Count; i++)
            if (!File.Exists(config.Report.TestSets[i]))
                throw new InputDataException(
                    $"option 'report.testSets[{i}]': '{config.Report.TestSets[i]}' not found (paths are relative to the working folder)", settings.Config);
        var clock = Stopwatch.StartNew();
        var stages = new (string Name, Action Run)[]
        {
            ("prepare-data", () => PrepareDataCommand.PrepareUnlessComplete(config, settings.DataRoot)),
            ("reward", () => TrainGeneratorCommand.RunStage("reward", config, layout, device, resume: true, restart: false)),
            ("pretrain", () => TrainGeneratorCommand.RunStage("pretrain", config, layout, device, resume: true, restart: false)),
            ("ddpo", () => TrainGeneratorCommand.RunStage("ddpo", config, layout, device, resume: true, restart: false)),
            ("evaluate-generator", () => EvaluateGeneratorCommand.EvaluateUnlessComplete(config, layout, device)),
            ("augment pretrained", () => AugmentCommand.Augment(config, layout, GeneratorNames.Pretrained, device)),
            ("augment ddpo", () => AugmentCommand.Augment(config, layout, GeneratorNames.Ddpo, device)),
            ("train-classifier", () => TrainClassifierCommand.Train(config, layout, ArmNames.All, device, retrain: false)),
        };
        for (int i = 0; i < stages.Length; i++)
        {
            AnsiConsole.Write(new Rule($"[bold]{i + 1}/{stages.Length + 1}  {stages[i].Name}[/]  [grey]{clock.Elapsed:hh\\:mm\\:ss}[/]").LeftJustified());
            stages[i].Run();
            if (TrainingProgressView.Interrupted)
            {
                AnsiConsole.MarkupLine("Stopped. [bold]run[/] again (same options) continues from here.");
                return Interrupted;
            }
        }
        AnsiConsole.Write(new Rule($"[bold]{stages.Length + 1}/{stages.Length + 1}  report[/]  [grey]{clock.Elapsed:hh\\:mm\\:ss}[/]").LeftJustified());
        string report = ReportCommand.WriteReport(config, layout, settings.Config);
        var external = config.Report.TestSets
            .Select(testSet => ReportCommand.WriteExternalReport(config, layout, settings.Config, testSet, settings.DataRoot)).ToList();
        if (external.Count > 0) AnsiConsole.MarkupLineInterpolated($"External test sets: {string.Join(", ", external)}");
        AnsiConsole.MarkupLineInterpolated($"Finished in {clock.Elapsed:hh\\:mm\\:ss}. Report: [bold]{report}[/]");
        return 0;
    }
}
