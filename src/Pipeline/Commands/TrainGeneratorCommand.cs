using RL4Med.Augment.Torch.Diagnostics;
using System.ComponentModel;
using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Generation;
using RL4Med.Augment.Runs.Layout;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>train-generator</c>: the reward model and evaluator, and the text-conditioned diffusion generator.</summary>
[Description("Train the generator's stages: reward (attribute classifiers: reward model and evaluator), pretrain (the diffusion generator) and ddpo (RL fine-tuning against the reward model). Without --stage, runs every stage in order and skips those already complete.")]
public sealed class TrainGeneratorCommand : Command<TrainGeneratorCommand.Settings>
{
    /// <summary>The stages, in the order a full run takes them.</summary>
    public static readonly IReadOnlyList<string> Stages = new[] { "reward", "pretrain", "ddpo" };

    public sealed class Settings : TorchSettings
    {
        [CommandOption("--stage <STAGE>")]
        [Description("reward (attribute classifiers), pretrain (DDPM from scratch, classifier-free guidance dropout, EMA) or ddpo (DDPO with LoRA against the reward model). Default: all, in order.")]
        public string? Stage { get; init; }

        [CommandOption("--resume")]
        [Description("Continue pretraining or DDPO from its checkpoint after an interruption.")]
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
        NumericSelfCheck.Require(); // a machine that computes wrong is refused now, not an hour into training
        var config = settings.LoadConfig();
        var layout = RunSettings.LayoutOf(config);
        // A full run continues whatever a kill left behind; a single stage asks for --resume explicitly.
        bool resume = settings.Resume || settings.Stage == null;
        foreach (string stage in settings.Stage != null ? new[] { settings.Stage } : Stages)
            RunStage(stage, config, layout, settings.Device, resume, settings.Restart);
        return 0;
    }

    /// <summary>Runs one stage (<see cref="Stages"/>) unless it is complete and <paramref name="restart"/> is false.</summary>
    internal static void RunStage(string stage, RunConfiguration config, RunLayout layout, string device, bool resume, bool restart)
    {
        switch (stage)
        {
            case "reward":
                TrainRewardModels(config, layout, device, restart);
                break;
            case "pretrain":
                Pretrain(config, layout, device, resume, restart);
                break;
            case "ddpo":
                FineTune(config, layout, device, resume, restart);
                break;
        }
    }

    private static void TrainRewardModels(RunConfiguration config, RunLayout layout, string device, bool restart)
    {
        var stage = new RewardStage(config, layout);
        if (stage.IsComplete && !restart)
        {
            AnsiConsole.MarkupLine("reward: complete with these settings ([grey]--restart[/] trains it again).");
            return;
        }
        Rewards.RewardModels.RewardValidationReport report = null!;
        // The classifiers train in minutes and keep no checkpoint: a signal ends the process, and a rerun starts them again.
        TrainingProgressView.Run("reward", view => report = stage.Run(device,
            (model, p) => view.Update(p.Epoch, p.Epochs, $"{model}  epoch {p.Epoch}/{p.Epochs}  loss {p.Loss:F4}  {p.ImagesPerSecond:F0} img/s" +
                (p.NonFiniteRetries > 0 ? $"  non-finite steps retried {p.NonFiniteRetries}" : ""))),
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

    private static void Pretrain(RunConfiguration config, RunLayout layout, string device, bool resume, bool restart)
    {
        var stage = new PretrainStage(config, layout);
        if (stage.IsComplete && !restart)
        {
            AnsiConsole.MarkupLine("pretrain: complete with these settings ([grey]--restart[/] trains it again).");
            return;
        }
        Diffusion.Training.GeneratorTrainingResult result = null!;
        TrainingProgressView.Run("pretrain", view => result = stage.Run(device, resume, restart,
            log: view.Log,
            progress: p => view.Update(p.Step, p.TotalSteps,
                $"pretrain  step {p.Step}/{p.TotalSteps}  epoch {p.Epoch:F1}  loss {p.Loss:F4}  {p.ImagesPerSecond:F0} img/s" +
                (p.NonFiniteRetries > 0 ? $"  non-finite steps retried {p.NonFiniteRetries}" : "") +
                (p.SavedSampleGrid is { } grid ? $"  grid {Path.GetFileName(grid)}" : "")),
            cancellation: view.Cancellation));
        AnsiConsole.MarkupLineInterpolated(
            $"pretrain: step {result.Step}, last loss {result.LastLoss:F4}. Generator: [bold]{result.GeneratorPath}[/]; checkpoint: {result.CheckpointPath}");
    }

    private static void FineTune(RunConfiguration config, RunLayout layout, string device, bool resume, bool restart)
    {
        var stage = new DdpoFineTuningStage(config, layout);
        if (stage.IsComplete && !restart)
        {
            AnsiConsole.MarkupLine("ddpo: complete with these settings ([grey]--restart[/] trains it again).");
            return;
        }
        DdpoResult result = null!;
        string last = "";
        TrainingProgressView.Run("ddpo", view => result = stage.Run(device, resume, restart,
            log: view.Log,
            progress: p =>
            {
                if (p.EpochLog is { } epoch)
                    last = $"  last epoch: reward {epoch.RewardMean:F3} ± {epoch.RewardStd:F3}, KL {epoch.ApproximateKl:E1}, clipped {epoch.ClipFraction:P0}";
                // Sampling takes most of an epoch: 80% of its share of the bar, the updates the rest.
                double within = p.Stage switch
                {
                    DdpoStage.Sampling => 0.8 * p.Completed / p.Total,
                    DdpoStage.Updating => 0.8 + 0.2 * p.Completed / p.Total,
                    _ => 1,
                };
                int epochs = p.TotalEpochs;
                double done = p.Stage == DdpoStage.EpochCompleted ? p.Epoch : p.Epoch - 1 + within;
                view.Update((int)Math.Round(done * 100), epochs * 100,
                    $"ddpo  epoch {p.Epoch}/{epochs}  {p.Stage.ToString().ToLowerInvariant()} {p.Completed}/{p.Total}{last}");
            },
            cancellation: view.Cancellation));
        var final = result.History.LastOrDefault();
        var first = result.History.FirstOrDefault();
        AnsiConsole.MarkupLineInterpolated(
            $"ddpo: epoch {result.Epoch}, reward {first?.RewardMean:F3} (epoch 1) -> {final?.RewardMean:F3} (epoch {final?.Epoch}). Tuned weights: [bold]{result.TunedWeightsPath}[/]; log: {Path.Combine(layout.Ddpo, Ddpo.Logging.DdpoLogFiles.CsvFileName)}");
    }
}
