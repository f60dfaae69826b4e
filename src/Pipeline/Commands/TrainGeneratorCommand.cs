using RL4Med.Augment.Data.Errors;
using System.ComponentModel;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Stages;
using RL4Med.Augment.Torch.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>train-generator</c>: the reward model and evaluator, and the text-conditioned diffusion generator.</summary>
[Description("Train the generator's stages: reward (attribute classifiers: reward model and evaluator), autoencoder (latent generation only: the autoencoder whose latents the generator works on), pretrain (the diffusion generator) and ddpo (RL fine-tuning against the reward model). Without --stage, runs every stage in order and skips those already complete.")]
public sealed class TrainGeneratorCommand : Command<TrainGeneratorCommand.Settings>
{
    public sealed class Settings : TorchSettings
    {
        [CommandOption("--stage <STAGE>")]
        [Description("reward (attribute classifiers), autoencoder (latent generation: the KL autoencoder on crops), pretrain (DDPM from scratch, classifier-free guidance dropout, EMA) or ddpo (DDPO with LoRA against the reward model). Default: all, in order.")]
        public string? Stage { get; init; }

        [CommandOption("--resume")]
        [Description("Continue pretraining or DDPO from its checkpoint after an interruption.")]
        public bool Resume { get; init; }

        [CommandOption("--restart")]
        [Description("Discard the stage's outputs and train it again from scratch.")]
        public bool Restart { get; init; }

        public override ValidationResult Validate()
        {
            if (Stage != null && !RunStages.GeneratorStages.Contains(Stage))
                return ValidationResult.Error($"--stage '{Stage}' is not one of: {string.Join(", ", RunStages.GeneratorStages)}");
            if (Resume && Restart) return ValidationResult.Error("--resume and --restart exclude each other");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        NumericSelfCheck.Require(); // a machine that computes wrong is refused now, not an hour into training
        var config = settings.LoadConfig();
        // A full run continues whatever a kill left behind; a single stage asks for --resume explicitly.
        var options = settings.StageOptions() with { Resume = settings.Resume || settings.Stage == null, Restart = settings.Restart };
        var stages = RunStages.InOrder(config, RunSettings.LayoutOf(config), File.ReadAllText(settings.Config), options);
        if (settings.Stage == "autoencoder" && config.Generator.Autoencoder is null)
            throw new InputDataException("--stage autoencoder: option 'generator.autoencoder' is not set, so this configuration generates on pixels and has no autoencoder", settings.Config);
        foreach (string name in settings.Stage != null ? [settings.Stage] : RunStages.GeneratorStages.Where(name => stages.Any(stage => stage.Name == name)))
        {
            using var stage = stages.Named(name).Open();
            if (StageView.RunUnlessComplete(stage, options, cancellationToken) is { Stopped: true }) return StageView.Stopped;
        }
        return 0;
    }
}
