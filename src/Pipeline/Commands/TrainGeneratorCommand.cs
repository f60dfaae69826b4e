using System.ComponentModel;
using RL4Med.Augment.Diffusion.Training;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Generation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>train-generator</c>: pretrain the text-conditioned diffusion generator on the prepared images.</summary>
[Description("Train the text-conditioned diffusion generator (stage pretrain) on the prepared training images.")]
public sealed class TrainGeneratorCommand : Command<TrainGeneratorCommand.Settings>
{
    public sealed class Settings : TorchSettings
    {
        [CommandOption("--stage <STAGE>")]
        [Description("Stage to run: pretrain (DDPM from scratch, with classifier-free guidance dropout and EMA).")]
        [DefaultValue("pretrain")]
        public string Stage { get; init; } = "pretrain";

        [CommandOption("--resume")]
        [Description("Continue from the stage's checkpoint after an interruption.")]
        public bool Resume { get; init; }

        [CommandOption("--restart")]
        [Description("Discard the stage's checkpoint and outputs and train from scratch.")]
        public bool Restart { get; init; }

        public override ValidationResult Validate()
        {
            if (Stage != "pretrain") return ValidationResult.Error($"--stage '{Stage}' is not one of: pretrain");
            if (Resume && Restart) return ValidationResult.Error("--resume and --restart exclude each other");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        var stage = new PretrainStage(config, RunSettings.LayoutOf(config));
        if (stage.IsComplete && !settings.Restart)
        {
            AnsiConsole.MarkupLine("Pretraining is already complete with these settings ([grey]--restart[/] trains again).");
            return 0;
        }
        GeneratorTrainingResult result = null!;
        TrainingProgressView.Run("pretrain", view => result = stage.Run(settings.Device, settings.Resume, settings.Restart,
            log: view.Log,
            progress: p => view.Update(p.Step, p.TotalSteps,
                $"pretrain  step {p.Step}/{p.TotalSteps}  epoch {p.Epoch:F1}  loss {p.Loss:F4}  {p.ImagesPerSecond:F0} img/s" +
                (p.SavedSampleGrid is { } grid ? $"  grid {Path.GetFileName(grid)}" : "")),
            cancellation: view.Cancellation));
        AnsiConsole.MarkupLineInterpolated(
            $"Step {result.Step}, last loss {result.LastLoss:F4}. Generator: [bold]{result.GeneratorPath}[/]; checkpoint: {result.CheckpointPath}");
        return 0;
    }
}
