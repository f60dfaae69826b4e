using RL4Med.Augment.Runs.Stages;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Augmentation;
using RL4Med.Augment.Augmentation.Generation;
using RL4Med.Augment.Augmentation.Output;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Rewards.Checkpoints;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;
using RL4Med.Augment.Runs.Rewards;
using RL4Med.Augment.Torch.Devices;

namespace RL4Med.Augment.Runs.Augmenting;

/// <summary>
/// Stage <c>augment</c> for one generator: synthetic images for the under-represented subgroups (quota from
/// <c>subgroups.quota</c>), each scored by the reward model and, with <c>augment.rewardThreshold</c>, filtered by it;
/// writes <c>augment/&lt;generator&gt;/synthetic_manifest.csv</c>. Resumable, idempotent and shardable (see
/// <see cref="SubgroupAugmenter"/>). Holds the reward model while open.
/// </summary>
public sealed class AugmentStage : IRunStage
{
    private readonly RunLayout layout;
    private readonly RewardModelScore? scorer;
    private readonly object settings;
    private readonly string generatorFile;

    /// <summary>
    /// Plans augmentation with <paramref name="generator"/> (<c>pretrained</c> or <c>ddpo</c>, trained already), batches of
    /// <paramref name="batchSize"/> (null: <c>augment.batchSize</c>). Nothing is generated yet.
    /// </summary>
    public AugmentStage(RunConfig config, RunLayout layout, string generator, string device, int? batchSize = null)
    {
        this.layout = layout;
        Generator = generator;
        layout.RequireManifest();
        var finished = layout.FindFinishedGenerators();
        if (!finished.TryGetValue(generator, out var source))
            throw new InputDataException($"option '--generator': no trained '{generator}' generator yet (trained: " +
                                         $"{string.Join(", ", finished.Keys.DefaultIfEmpty("none"))}): run train-generator first", layout.Root);
        if (TrainedAttributeClassifier.IsComplete(layout.RewardModel))
            scorer = new RewardModelScore(TrainedAttributeClassifier.Load(layout.RewardModel, DeviceChoice.Resolve(device)), config.Ddpo.Reward, []);
        else if (config.Augment.RewardThreshold != null)
            throw new WorkflowStateException("option 'augment.rewardThreshold' needs the reward model: run train-generator --stage reward first", layout.RewardModel);

        var options = AugmentSubgroupsEstimator.Options.FromConfig(config);
        generatorFile = source.IdentityFile;
        options.GeneratorPath = source.IdentityFile;
        options.LoadGenerator = source.Load;
        options.OutputFolder = layout.Augment(generator);
        options.Guidance = config.Generator.Sampling.GuidanceScale;
        options.Steps = config.Generator.Sampling.Steps;
        options.Eta = config.Generator.Sampling.Eta;
        options.BatchSize = batchSize ?? config.Augment.BatchSize;
        options.Device = device;
        options.RewardScorer = scorer;
        options.RewardThreshold = config.Augment.RewardThreshold;
        Augmenter = new SubgroupAugmenter(options, AugmentationInput.RealTrainingRows(ManifestCsv.Read(layout.Manifest)));
        settings = new
        {
            config.Seed,
            config.Subgroups,
            config.Generator.Sampling,
            options.BatchSize,
            config.Augment.RewardThreshold,
            Scorer = scorer?.Name,
            Generator = FileHash.Of(source.IdentityFile),
            Pretrained = FileHash.Of(layout.PretrainedGenerator),
        };
    }

    /// <summary>The generator's name.</summary>
    public string Generator { get; }

    /// <inheritdoc />
    public string Name => $"augment {Generator}";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [layout.Manifest, generatorFile];

    /// <summary>Every image is written whole with its own seed: a stopped augmentation keeps them and a rerun continues.</summary>
    public bool StopsAtCheckpoint => true;

    /// <summary>The plan, its images and the output folder.</summary>
    public SubgroupAugmenter Augmenter { get; }

    /// <summary>Whether this generator's synthetic manifest was finished with these settings.</summary>
    public bool IsComplete =>
        StageMarker.Matches(layout.Augment(Generator), settings) && File.Exists(layout.SyntheticManifest(Generator));

    /// <summary>Generates what is missing, scores, filters and writes the synthetic manifest.</summary>
    public AugmentationResult Run(IProgress<AugmentationProgress>? progress = null, CancellationToken cancellation = default) =>
        Finish(() => Augmenter.Run(progress, cancellation));

    /// <inheritdoc />
    public StageOutcome Run(IStageProgress progress, CancellationToken cancellation)
    {
        try
        {
            return StageOutcome.Finished(Run(new SynchronousProgress<AugmentationProgress>(p =>
                progress.Update(p.Done, p.Total, $"{Name}  {p.Done}/{p.Total} images  {p.ImagesPerSecond:F2} img/s")), cancellation));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return StageOutcome.StoppedAtCheckpoint();
        }
    }

    /// <summary>Joins finished shards (see <see cref="SubgroupAugmenter.Merge"/>) and writes the synthetic manifest.</summary>
    public AugmentationResult Merge(int shardCount) => Finish(() => Augmenter.Merge(shardCount));

    /// <inheritdoc />
    public void Dispose() => scorer?.Dispose();

    // A cancelled or failed body throws, so the marker is only written after a whole manifest.
    private AugmentationResult Finish(Func<AugmentationResult> body)
    {
        StageMarker.Clear(layout.Augment(Generator));
        var result = body();
        StageMarker.Write(layout.Augment(Generator), settings);
        return result;
    }
}
