using RL4Med.Augment.Runs.Stages;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Augmentation.Generation;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Data.Subgroups;
using RL4Med.Augment.Ddpo.Rewards;
using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Rewards.Checkpoints;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;
using RL4Med.Augment.Runs.Rewards;
using RL4Med.Augment.Torch.Devices;

namespace RL4Med.Augment.Runs.Generation;

/// <summary>
/// Stage <c>ddpo</c>: fine-tunes the pretrained generator with DDPO against the reward model, on one typical prompt per
/// subgroup of <c>subgroups.by</c> (every combination, unseen ones included), drawn uniformly, so that rare
/// combinations get as much training as common ones. Resumes from its checkpoint after a kill.
/// </summary>
public sealed class DdpoFineTuningStage(RunConfig config, RunLayout layout, StageOptions? options = null) : IRunStage
{
    /// <inheritdoc />
    public string Name => "ddpo";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [layout.Manifest, layout.PretrainedGenerator, layout.RewardModel];

    /// <inheritdoc />
    public bool StopsAtCheckpoint => true;

    /// <inheritdoc />
    public StageOutcome Run(IStageProgress progress, CancellationToken cancellation)
    {
        var run = options ?? new();
        string last = "";
        var result = Run(run.Device, run.Resume, run.Restart, progress.Log, p =>
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
            double done = p.Stage == DdpoStage.EpochCompleted ? p.Epoch : p.Epoch - 1 + within;
            progress.Update(done, p.TotalEpochs, $"ddpo  epoch {p.Epoch}/{p.TotalEpochs}  {p.Stage.ToString().ToLowerInvariant()} {p.Completed}/{p.Total}{last}");
        }, cancellation);
        return cancellation.IsCancellationRequested ? StageOutcome.StoppedAtCheckpoint(result) : StageOutcome.Finished(result);
    }


    // The pretrained generator's and reward model's hashes: a retrained one makes the tuned generator stale.
    private object Settings => new
    {
        config.Seed,
        config.Subgroups.By,
        Ddpo = new { config.Ddpo.Reward, Training = config.Ddpo.TrainingOptions(config.Generator.Sampling) },
        Pretrained = FileHash.Of(layout.PretrainedGenerator),
        RewardModel = FileHash.Of(Path.Combine(layout.RewardModel, TrainedAttributeClassifier.WeightsFileName)),
    };

    /// <summary>Whether the tuned generator of these settings, pretrained generator and reward model is on disk.</summary>
    public bool IsComplete =>
        File.Exists(layout.PretrainedGenerator) && TrainedAttributeClassifier.IsComplete(layout.RewardModel)
        && StageMarker.Matches(layout.Ddpo, Settings) && layout.FindFinishedGenerators().ContainsKey(GeneratorNames.Ddpo);

    /// <summary>Whether a checkpoint of an unfinished (or other) DDPO run exists.</summary>
    public bool HasCheckpoint => File.Exists(layout.DdpoCheckpoint);

    /// <summary>The prompts DDPO trains on: the typical prompt of every subgroup.</summary>
    public IReadOnlyList<PromptSpec> PromptSpecs(DatasetManifest manifest)
    {
        var trainRows = manifest.Split(SplitNames.Train).Where(r => !r.IsSynthetic).ToList();
        var typical = new TypicalPrompts(new PromptBuilder(config.Dataset), trainRows);
        var keys = SubgroupSpec.Parse(config.Subgroups.By, config.Dataset.Attributes).PossibleKeys(config.Dataset.KeptDiagnoses);
        if (keys.Count == 0)
            throw new InputDataException(
                $"option 'subgroups.by': '{config.Subgroups.By}' has an attribute without a value list, so DDPO has no closed set of subgroup prompts; declare its values");
        return keys.Select(typical.For).ToList();
    }

    /// <summary>
    /// Trains to the configured epoch count. With <paramref name="resume"/> a checkpoint continues where it stopped;
    /// without it an existing checkpoint is an error unless <paramref name="restart"/> discards it.
    /// </summary>
    public DdpoResult Run(string device, bool resume, bool restart,
        Action<string>? log = null, Action<DdpoProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (!File.Exists(layout.PretrainedGenerator))
            throw new WorkflowStateException("no pretrained generator: run train-generator --stage pretrain first", layout.PretrainedGenerator);
        if (!TrainedAttributeClassifier.IsComplete(layout.RewardModel))
            throw new WorkflowStateException("no reward model: run train-generator --stage reward first", layout.RewardModel);
        if (HasCheckpoint && !resume && !restart)
            throw new WorkflowStateException("a DDPO checkpoint exists: pass --resume to continue it, or --restart to train from scratch", layout.DdpoCheckpoint);
        if (HasCheckpoint && resume && !restart && !StageMarker.MayResumeWith(layout.Ddpo, Settings))
            throw new WorkflowStateException(
                "the checkpoint was started with other settings (configuration, data or an earlier stage changed): train it from scratch with train-generator --stage ddpo --restart", layout.DdpoCheckpoint);
        if (restart && Directory.Exists(layout.Ddpo)) Directory.Delete(layout.Ddpo, recursive: true);
        Directory.CreateDirectory(layout.Ddpo);
        StageMarker.Clear(layout.Ddpo);
        if (!HasCheckpoint) StageMarker.WriteStarted(layout.Ddpo, Settings);

        var torchDevice = DeviceChoice.Resolve(device);
        var specs = PromptSpecs(ManifestCsv.Read(layout.Manifest));
        var builder = new PromptBuilder(config.Dataset);
        var prompts = specs.Select(s => DdpoPrompt.For(s, builder.Describe(s))).ToList();
        using var reward = new RewardModelScore(TrainedAttributeClassifier.Load(layout.RewardModel, torchDevice), config.Ddpo.Reward, specs);
        using var pretrained = TrainedGenerator.Load(layout.PretrainedGenerator, torchDevice);
        var training = config.Ddpo.TrainingOptions(config.Generator.Sampling);
        log?.Invoke($"{prompts.Count} subgroup prompts, {training.SamplesPerEpoch} samples per epoch, {training.Steps} DDIM steps, reward: {reward.Name}");

        using var trainer = HasCheckpoint && resume
            ? DdpoTrainer.Resume(layout.DdpoCheckpoint, pretrained, reward, _ => Options(device))
            : DdpoTrainer.Create(pretrained, reward, Options(device));
        if (trainer.Epoch > 0) log?.Invoke($"resuming from epoch {trainer.Epoch} of {trainer.Options.Epochs}");
        var result = trainer.Train(prompts, progress, cancellation);
        if (result.Epoch >= trainer.Options.Epochs) StageMarker.Write(layout.Ddpo, Settings);
        return result;
    }

    private DdpoOptions Options(string device) =>
        config.Ddpo.TrainingOptions(config.Generator.Sampling) with { Seed = config.Seed, Device = device, OutputDirectory = layout.Ddpo };
}
