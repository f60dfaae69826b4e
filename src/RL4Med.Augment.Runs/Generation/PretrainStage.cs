using RL4Med.Augment.Runs.Stages;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Training;
using RL4Med.Augment.Torch.Devices;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;

namespace RL4Med.Augment.Runs.Generation;

/// <summary>
/// Stage <c>pretrain</c>: trains the text-conditioned generator from scratch on the real training images
/// (DDPM, classifier-free guidance dropout, EMA), with checkpoints to resume from after a kill; with
/// <c>generator.autoencoder</c>, on their cached, scaled latents (<see cref="LatentTrainingSet"/>).
/// </summary>
public sealed class PretrainStage(RunConfig config, RunLayout layout, StageOptions? options = null) : IRunStage
{
    /// <inheritdoc />
    public string Name => "pretrain";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => config.Generator.Autoencoder is null ? [layout.Manifest] : [layout.Manifest, layout.AutoencoderFile];

    /// <inheritdoc />
    public bool StopsAtCheckpoint => true;

    /// <inheritdoc />
    public StageOutcome Run(IStageProgress progress, CancellationToken cancellation)
    {
        var run = options ?? new();
        var result = Run(run.Device, run.Resume, run.Restart, progress.Log, p => progress.Update(p.Step, p.TotalSteps,
            $"pretrain  step {p.Step}/{p.TotalSteps}  epoch {p.Epoch:F1}  loss {p.Loss:F4}  {p.ImagesPerSecond:F0} img/s" +
            StageStatus.Retries(p.NonFiniteRetries) + (p.SavedSampleGrid is { } grid ? $"  grid {Path.GetFileName(grid)}" : "")), cancellation);
        return cancellation.IsCancellationRequested ? StageOutcome.StoppedAtCheckpoint(result) : StageOutcome.Finished(result);
    }

    /// <summary>What the stage ran with; its marker must match for the stage to count as done.</summary>
    private object Settings => new
    {
        config.Seed, Data = FileHash.Of(layout.Manifest), config.Images.Size, config.Generator.Model, config.Generator.RareImageRepeats, Pretrain = Options(null, null),
        // A latent generator is stale once its autoencoder is retrained.
        Autoencoder = config.Generator.Autoencoder is null ? null : File.Exists(layout.AutoencoderFile) ? FileHash.Of(layout.AutoencoderFile) : "missing",
    };

    /// <summary>Whether a finished pretraining with these settings is on disk.</summary>
    public bool IsComplete => File.Exists(layout.Manifest) && (config.Generator.Autoencoder is null || StageMarker.IsWritten(layout.Autoencoder)) && StageMarker.Matches(layout.Pretrain, Settings) && File.Exists(layout.PretrainedGenerator);

    /// <summary>Whether a checkpoint of an unfinished (or other) pretraining exists.</summary>
    public bool HasCheckpoint => File.Exists(layout.PretrainCheckpoint);

    /// <summary>
    /// Trains to the configured step count. With <paramref name="resume"/> a checkpoint continues where it stopped;
    /// without it an existing checkpoint is an error unless <paramref name="restart"/> discards it.
    /// </summary>
    public GeneratorTrainingResult Run(string device, bool resume, bool restart,
        Action<string>? log = null, Action<GeneratorTrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        layout.RequireManifest();
        if (config.Generator.Autoencoder is not null && !(File.Exists(layout.AutoencoderFile) && StageMarker.IsWritten(layout.Autoencoder)))
            throw new WorkflowStateException("no trained autoencoder for latent generation: run train-generator --stage autoencoder first", layout.AutoencoderFile);
        if (HasCheckpoint && !resume && !restart)
            throw new WorkflowStateException(
                "a pretraining checkpoint exists: pass --resume to continue it, or --restart to train from scratch", layout.PretrainCheckpoint);
        if (HasCheckpoint && resume && !restart && !StageMarker.MayResumeWith(layout.Pretrain, Settings))
            throw new WorkflowStateException(
                "the checkpoint was started with other settings (configuration, data or an earlier stage changed): train it from scratch with train-generator --stage pretrain --restart", layout.PretrainCheckpoint);
        if (restart && Directory.Exists(layout.Pretrain)) Directory.Delete(layout.Pretrain, recursive: true);
        Directory.CreateDirectory(layout.Pretrain);
        StageMarker.Clear(layout.Pretrain);
        if (!HasCheckpoint) StageMarker.WriteStarted(layout.Pretrain, Settings);

        var manifest = ManifestCsv.Read(layout.Manifest);
        var data = GeneratorTrainingSet.From(manifest, config, config.Generator.RareImageRepeats);
        log?.Invoke($"{data.Images} training images ({data.Examples.Count} per epoch with rare subgroups repeated), {data.Tokenizer.Vocabulary.Count} prompt words, " +
                    $"{data.Examples.Select(e => e.Prompt).Distinct().Count()} distinct prompts");

        var examples = data.Examples;
        LatentSpace? latent = null;
        if (config.Generator.Autoencoder is not null)
            (examples, latent) = LatentTrainingSet.Encode(data.Examples, config.Images.Size, layout.AutoencoderFile, layout.LatentCache, DeviceChoice.Resolve(device), log);
        if (HasCheckpoint && resume) latent?.Dispose(); // the checkpoint carries the latent space it started with
        using var trainer = HasCheckpoint && resume
            ? GeneratorTrainer.Resume(layout.PretrainCheckpoint, _ => Options(device, data.GridPrompts))
            : GeneratorTrainer.Create(config.Generator.Model, Options(device, data.GridPrompts), data.Tokenizer, latent);
        if (trainer.Step > 0) log?.Invoke($"resuming from step {trainer.Step} of {trainer.Options.Steps}");
        var result = trainer.Train(examples, progress, cancellation);
        if (result.Step >= trainer.Options.Steps) StageMarker.Write(layout.Pretrain, Settings);
        return result;
    }

    /// <summary>
    /// The configured options with the run's folder, master seed and device filled in, and the default grid
    /// prompts (each diagnosis with no artifact and each artifact alone) where the configuration names none.
    /// </summary>
    private GeneratorTrainingOptions Options(string? device, IReadOnlyList<string>? gridPrompts)
    {
        var configured = config.Generator.Pretrain;
        return configured with
        {
            OutputDirectory = device == null ? null : layout.Pretrain,
            Device = device ?? "",
            Seed = config.Seed,
            SampleGridPrompts = configured.SampleGridPrompts.Length > 0 || gridPrompts == null
                ? configured.SampleGridPrompts : gridPrompts.ToArray(),
        };
    }
}
