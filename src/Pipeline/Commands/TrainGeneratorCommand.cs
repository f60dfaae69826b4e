using System.ComponentModel;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Generation;
using RL4Med.Augment.Runs.Layout;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>train-generator</c>: the reward model and evaluator, and the text-conditioned diffusion generator.</summary>
[Description("Train the generator's stages: reward (attribute classifiers: reward model and evaluator) and pretrain (the diffusion generator). Without --stage, runs every stage in order and skips those already complete.")]
public sealed class TrainGeneratorCommand : Command<TrainGeneratorCommand.Settings>
{
    /// <summary>The stages, in the order a full run takes them.</summary>
    public static readonly IReadOnlyList<string> Stages = new[] { "reward", "pretrain" };

    public sealed class Settings : TorchSettings
    {
        [CommandOption("--stage <STAGE>")]
        [Description("reward (attribute classifiers) or pretrain (DDPM from scratch, classifier-free guidance dropout, EMA). Default: all, in order.")]
        public string? Stage { get; init; }

        [CommandOption("--resume")]
        [Description("Continue pretraining from its checkpoint after an interruption.")]
        public bool Resume { get; init; }

        [CommandOption("--restart")]
        [Description("Discard the stage's outputs and train it again from scratch.")]
        public bool Restart { get; init; }

        public override ValidationResult Validate()
        {
            if (Stage != null && !Stages.Contains(Stage)) return ValidationResult.Error($"--stage '{Stage}' is not one of: {string.Join(", ", Stages)}");
            if (Resume && Restart) return ValidationResult.Error("--resume and --restart exclude each other");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        var layout = RunSettings.LayoutOf(config);
        // A full run continues whatever a kill left behind; a single stage asks for --resume explicitly.
        bool resume = settings.Resume || settings.Stage == null;
        foreach (string stage in settings.Stage != null ? new[] { settings.Stage } : Stages)
        {
            switch (stage)
            {
                case "reward":
                    TrainRewardModels(config, layout, settings);
                    break;
                case "pretrain":
                    Pretrain(config, layout, settings, resume);
                    break;
            }
        }
        return 0;
    }

    private static void TrainRewardModels(RunConfiguration config, RunLayout layout, Settings settings)
    {
        var stage = new RewardStage(config, layout);
        if (stage.IsComplete && !settings.Restart)
        {
            AnsiConsole.MarkupLine("reward: complete with these settings ([grey]--restart[/] trains it again).");
            return;
        }
        Rewards.RewardModels.RewardValidationReport report = null!;
        // The classifiers train in minutes and keep no checkpoint: a signal ends the process, and a rerun starts them again.
        TrainingProgressView.Run("reward", view => report = stage.Run(settings.Device,
            (model, p) => view.Update(p.Epoch, p.Epochs, $"{model}  epoch {p.Epoch}/{p.Epochs}  loss {p.Loss:F4}  {p.ImagesPerSecond:F0} img/s")),
            resumable: false);
        var table = new Table().Title($"Validation accuracy per head ({layout.Reward})").AddColumns("head", "reward model", "evaluator");
        foreach (var head in report.Reward.Heads)
        {
            var evaluator = report.Evaluator.Heads.First(h => h.Name == head.Name);
            table.AddRow(head.Name, Score(head), Score(evaluator));
        }
        AnsiConsole.Write(table);
    }

    private static string Score(Rewards.Evaluation.HeadScore head) =>
        head.Accuracy is double accuracy ? $"{accuracy:F3} (balanced {head.BalancedAccuracy:F3}, n={head.Scored})" : "n/a";

    private static void Pretrain(RunConfiguration config, RunLayout layout, Settings settings, bool resume)
    {
        var stage = new PretrainStage(config, layout);
        if (stage.IsComplete && !settings.Restart)
        {
            AnsiConsole.MarkupLine("pretrain: complete with these settings ([grey]--restart[/] trains it again).");
            return;
        }
        Diffusion.Training.GeneratorTrainingResult result = null!;
        TrainingProgressView.Run("pretrain", view => result = stage.Run(settings.Device, resume, settings.Restart,
            log: view.Log,
            progress: p => view.Update(p.Step, p.TotalSteps,
                $"pretrain  step {p.Step}/{p.TotalSteps}  epoch {p.Epoch:F1}  loss {p.Loss:F4}  {p.ImagesPerSecond:F0} img/s" +
                (p.SavedSampleGrid is { } grid ? $"  grid {Path.GetFileName(grid)}" : "")),
            cancellation: view.Cancellation));
        AnsiConsole.MarkupLineInterpolated(
            $"pretrain: step {result.Step}, last loss {result.LastLoss:F4}. Generator: [bold]{result.GeneratorPath}[/]; checkpoint: {result.CheckpointPath}");
    }
}
