using System.ComponentModel;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Torch.Diagnostics;
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

        [CommandOption("--seeds <N>")]
        [Description("Train each arm with N classifier seeds: seed 0 in classifier/<arm>/, seed k in classifier/seed-k/<arm>/. Default: the configuration's 'seeds' (1).")]
        public int? Seeds { get; init; }

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
        var config = settings.LoadConfig(settings.Seeds);
        var options = settings.StageOptions() with { Restart = settings.Retrain };
        using var stage = new TrainClassifierStage(config, RunSettings.LayoutOf(config), options, settings.SelectedArms);
        return StageView.RunUnlessComplete(stage, options, cancellationToken) is { Stopped: true } ? StageView.Stopped : 0;
    }
}
