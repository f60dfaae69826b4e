using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Torch.Diagnostics;
using System.ComponentModel;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>train-classifier</c>: the disease classifier in each arm, same seed and budget.</summary>
[Description("Train the disease classifier in each arm (real only, oversampling, pretrained- and DDPO-generator augmentation) and score the real test images.")]
public sealed class TrainClassifierCommand : Command<TrainClassifierCommand.Settings>
{
    public sealed class Settings : TorchSettings
    {
        [CommandOption("--arms <ARMS>")]
        [Description("Comma-separated arms to train: real_only, oversampling, pretrained_augmented, ddpo_augmented. Default: all four (the augmented arms need augment's output).")]
        public string? Arms { get; init; }

        [CommandOption("--retrain")]
        [Description("Train arms again even when their outputs are complete.")]
        public bool Retrain { get; init; }

        public IReadOnlyList<string> SelectedArms =>
            Arms?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? ArmNames.All;

        public override ValidationResult Validate() =>
            SelectedArms.FirstOrDefault(a => !ArmNames.All.Contains(a)) is { } unknown
                ? ValidationResult.Error($"--arms: '{unknown}' is not one of {string.Join(", ", ArmNames.All)}")
                : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        NumericSelfCheck.Require(); // a machine that computes wrong is refused now, not an hour into training
        var config = settings.LoadConfig();
        Train(config, RunSettings.LayoutOf(config), settings.SelectedArms, settings.Device, settings.Retrain);
        return 0;
    }

    /// <summary>Trains <paramref name="arms"/> (those complete only with <paramref name="retrain"/>) and prints their test metrics.</summary>
    internal static void Train(RunConfiguration config, RunLayout layout, IReadOnlyList<string> arms, string device, bool retrain)
    {
        var stage = new TrainClassifierStage(config, layout);
        var table = new Table().Title("Test images (real only)").AddColumns("arm", "accuracy", "balanced accuracy", "log-loss");
        foreach (string arm in arms)
        {
            if (stage.IsComplete(arm) && !retrain)
            {
                AnsiConsole.MarkupLineInterpolated($"{arm}: complete ([grey]--retrain[/] trains it again)");
                continue;
            }
            Microsoft.ML.Data.MulticlassClassificationMetrics metrics = null!;
            string validation = "";
            TrainingProgressView.Run(arm, view => metrics = stage.Run(arm, device, p =>
            {
                if (p.Validation is { } v) validation = $"  validation balanced accuracy {v.BalancedAccuracy:F3}";
                view.Update((p.Epoch - 1) * p.StepsPerEpoch + p.Step, p.Epochs * p.StepsPerEpoch,
                    $"{arm}  epoch {p.Epoch}/{p.Epochs}  loss {p.Loss:F4}  {p.ImagesPerSecond:F0} img/s{validation}" +
                    (p.NonFiniteRetries > 0 ? $"  non-finite steps retried {p.NonFiniteRetries}" : ""));
            }), resumable: false);
            table.AddRow(arm, $"{metrics.MicroAccuracy:F3}", $"{metrics.MacroAccuracy:F3}", $"{metrics.LogLoss:F3}");
        }
        if (table.Rows.Count > 0) AnsiConsole.Write(table);
    }
}
