using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Rewards.Checkpoints;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;
using RL4Med.Augment.Runs.Stages;
using RL4Med.Augment.Torch.Devices;

namespace RL4Med.Augment.Runs.Generation;

/// <summary>
/// Stage <c>autoencoder</c> of latent generation (<c>generator.autoencoder</c>): trains the autoencoder on random crops of
/// the real training images, with checkpoints to resume from after a kill, then measures its reconstructions of
/// validation images (<see cref="ReconstructionMeasurement"/>; the reward model's agreement when stage reward has run).
/// </summary>
public sealed class AutoencoderStage(RunConfig config, RunLayout layout, StageOptions? options = null) : IRunStage
{
    /// <inheritdoc />
    public string Name => "autoencoder";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [layout.Manifest];

    /// <inheritdoc />
    public bool StopsAtCheckpoint => true;

    private AutoencoderConfig Autoencoder => config.Generator.Autoencoder
        ?? throw new InputDataException("option 'generator.autoencoder' is not set: this configuration generates on pixels and has no autoencoder stage", layout.Root);

    /// <inheritdoc />
    public StageOutcome Run(IStageProgress progress, CancellationToken cancellation)
    {
        var run = options ?? new();
        var result = Run(run.Device, run.Resume, run.Restart, progress.Log, p => progress.Update(p.Step, p.TotalSteps,
            $"autoencoder  step {p.Step}/{p.TotalSteps}  L1 {p.ReconstructionError:F4}  KL {p.Kl:F3}  {p.ImagesPerSecond:F0} crops/s" + StageStatus.Retries(p.NonFiniteRetries)), cancellation);
        return result is null ? StageOutcome.StoppedAtCheckpoint() : StageOutcome.Finished(result);
    }

    /// <summary>What the stage ran with; its marker must match for the stage to count as done.</summary>
    private object Settings => new
    {
        config.Seed, Data = FileHash.Of(layout.Manifest), config.Images.Size,
        Autoencoder.Model, Training = Options(null), Autoencoder.ReconstructionImages,
    };

    /// <summary>Whether a trained autoencoder of these settings is on disk.</summary>
    public bool IsComplete => File.Exists(layout.Manifest) && StageMarker.Matches(layout.Autoencoder, Settings) && File.Exists(layout.AutoencoderFile);

    /// <summary>Whether a checkpoint of an unfinished (or other) training exists.</summary>
    public bool HasCheckpoint => File.Exists(layout.AutoencoderCheckpoint);

    /// <summary>
    /// Trains to the configured step count and measures the reconstructions; null when cancelled first. With
    /// <paramref name="resume"/> a checkpoint continues where it stopped; without it an existing checkpoint is an error
    /// unless <paramref name="restart"/> discards it.
    /// </summary>
    public ReconstructionQuality? Run(string device, bool resume, bool restart,
        Action<string>? log = null, Action<AutoencoderTrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        layout.RequireManifest();
        var settings = Settings;
        if (HasCheckpoint && !resume && !restart)
            throw new WorkflowStateException(
                "an autoencoder checkpoint exists: pass --resume to continue it, or --restart to train from scratch", layout.AutoencoderCheckpoint);
        if (HasCheckpoint && resume && !restart && !StageMarker.MayResumeWith(layout.Autoencoder, settings))
            throw new WorkflowStateException(
                "the checkpoint was started with other settings (configuration or data changed): train it from scratch with train-generator --stage autoencoder --restart", layout.AutoencoderCheckpoint);
        if (restart && Directory.Exists(layout.Autoencoder)) Directory.Delete(layout.Autoencoder, recursive: true);
        Directory.CreateDirectory(layout.Autoencoder);
        StageMarker.Clear(layout.Autoencoder);
        if (!HasCheckpoint) StageMarker.WriteStarted(layout.Autoencoder, settings);

        var manifest = ManifestCsv.Read(layout.Manifest);
        var training = LoadImages(manifest, SplitNames.Train, 0);
        log?.Invoke($"{training.Count} real training images of {config.Images.Size} px, crops of {Options(device).CropSize} px");
        using var trainer = HasCheckpoint && resume
            ? AutoencoderTrainer.Resume(layout.AutoencoderCheckpoint, _ => Options(device))
            : AutoencoderTrainer.Create(Autoencoder.Model, Options(device));
        if (trainer.Step > 0) log?.Invoke($"resuming from step {trainer.Step} of {trainer.Options.Steps}");
        var result = trainer.Train(training, config.Images.Size, progress, cancellation);
        if (result.Step < trainer.Options.Steps) return null;

        var validation = LoadImages(manifest, SplitNames.Validation, Autoencoder.ReconstructionImages);
        using var reward = TrainedAttributeClassifier.IsComplete(layout.RewardModel)
            ? TrainedAttributeClassifier.Load(layout.RewardModel, DeviceChoice.Resolve(device)) : null;
        var quality = ReconstructionMeasurement.Measure(trainer.Model, validation, config.Images.Size, reward?.Model, layout.Autoencoder);
        log?.Invoke($"reconstruction of {quality.Images} validation images: PSNR {quality.Psnr:F2} dB, SSIM {quality.Ssim:F4}" +
            (quality.RewardAgreement is { } agreement ? ", reward model agreement " + string.Join(", ", agreement.Select(a => $"{a.Key} {a.Value:P1}")) : ""));
        StageMarker.Write(layout.Autoencoder, settings);
        return quality;
    }

    // The real images of a split (the first `count` in manifest order; 0 = all), as CHW pixels.
    private static List<float[]> LoadImages(DatasetManifest manifest, string split, int count)
    {
        var rows = manifest.Split(split).Where(r => !r.IsSynthetic).ToList();
        if (count > 0) rows = rows.Take(count).ToList();
        if (rows.Count == 0) throw new InputDataException($"the manifest has no real {split} images for the autoencoder", manifest.Path);
        var images = new float[rows.Count][];
        Parallel.For(0, rows.Count, i => images[i] = ImagePixels.LoadChw(manifest.ImageFile(rows[i]), ImageLimits.Default));
        return images.ToList();
    }

    private AutoencoderTrainingOptions Options(string? device) => Autoencoder.Training with
    {
        Seed = config.Seed,
        Device = device ?? "",
        OutputDirectory = device == null ? null : layout.Autoencoder,
    };
}
