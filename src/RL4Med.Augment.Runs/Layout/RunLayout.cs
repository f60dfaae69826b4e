using RL4Med.Augment.Augmentation.Generation;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Ddpo;
using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Training;
using RL4Med.Augment.Pretrained.ResNet18;
using RL4Med.Augment.Runs.Generation;

namespace RL4Med.Augment.Runs.Layout;

/// <summary>Where each stage of a run reads and writes, under <c>runs/&lt;name&gt;/</c>.</summary>
public sealed class RunLayout(string root)
{
    /// <summary>The run folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>prepare-data's manifest.</summary>
    public string Manifest => DatasetPreparer.ManifestPathOf(Root);

    /// <summary>The manifest's path; without the file, the workflow-state error every stage after prepare-data gives.</summary>
    public string RequireManifest() =>
        File.Exists(Manifest) ? Manifest : throw new WorkflowStateException("no manifest yet: run prepare-data first", Manifest);

    /// <summary>Pretraining: checkpoint, exported generator and sample grids.</summary>
    public string Pretrain => Path.Combine(Root, "generator", "pretrain");

    /// <summary>The pretrained generator (EMA weights and vocabulary), for sampling.</summary>
    public string PretrainedGenerator => Path.Combine(Pretrain, GeneratorTrainer.GeneratorFileName);

    /// <summary>Stage <c>autoencoder</c> of latent generation: checkpoint, autoencoder, reconstruction measurements and grid.</summary>
    public string Autoencoder => Path.Combine(Root, "generator", "autoencoder");

    /// <summary>The trained autoencoder (weights only) in <see cref="Autoencoder"/>.</summary>
    public string AutoencoderFile => Path.Combine(Autoencoder, AutoencoderTrainer.AutoencoderFileName);

    /// <summary>The autoencoder's resumable checkpoint.</summary>
    public string AutoencoderCheckpoint => Path.Combine(Autoencoder, AutoencoderTrainer.CheckpointFileName);

    /// <summary>The autoencoder's reconstruction quality on validation images (JSON), which the report shows.</summary>
    public string Reconstruction => Path.Combine(Autoencoder, ReconstructionMeasurement.JsonFileName);

    /// <summary>Validation images beside the autoencoder's reconstructions of them.</summary>
    public string ReconstructionImage => Path.Combine(Autoencoder, ReconstructionMeasurement.ImageFileName);

    /// <summary>
    /// The latents of the real training images (an <c>ImageFeatureCache</c> keyed by image content and named after the
    /// autoencoder file's hash), so that a pretraining rerun or resume encodes no image twice.
    /// </summary>
    public string LatentCache => Path.Combine(Root, "features", "latents.bin");

    /// <summary>The reward model and the evaluator (stage <c>reward</c>), with <c>validation.json</c>.</summary>
    public string Reward => Path.Combine(Root, "generator", "reward");

    /// <summary>The reward model (DDPO's reward and augment's filter) in <see cref="Reward"/>.</summary>
    public string RewardModel => Path.Combine(Reward, RL4Med.Augment.Rewards.RewardModels.RewardModelPair.RewardFolderName);

    /// <summary>The evaluator (never the reward model) that evaluate-generator judges generators with, in <see cref="Reward"/>.</summary>
    public string Evaluator => Path.Combine(Reward, RL4Med.Augment.Rewards.RewardModels.RewardModelPair.EvaluatorFolderName);

    /// <summary>The synthetic images and manifest that <c>augment</c> made with one generator (<c>pretrained</c> or <c>ddpo</c>).</summary>
    public string Augment(string generator) => Path.Combine(Root, "augment", generator);

    /// <summary>The synthetic manifest of one generator.</summary>
    public string SyntheticManifest(string generator) => Path.Combine(Augment(generator), AugmentationFolder.ManifestFileName);

    /// <summary>
    /// ResNet-18 features of the run's images, by content (an <c>ImageFeatureCache</c>), shared by every stage that reads
    /// them (reward heads, evaluator, FD (ResNet-18), the <c>resnet18</c> classifier arms): each image is featurised once
    /// per run, reruns included.
    /// </summary>
    public string ResNet18FeatureCache => Path.Combine(Root, "features", ResNet18Features.NetworkName + ".bin");

    /// <summary>One classifier arm: model, test predictions, metrics.</summary>
    public string Arm(string arm) => Path.Combine(Root, "classifier", arm);

    /// <summary>One classifier arm trained with classifier seed <paramref name="seed"/>: seed 0 in <see cref="Arm(string)"/>, seed k in <c>classifier/seed-k/&lt;arm&gt;</c>.</summary>
    public string Arm(string arm, int seed) => seed == 0 ? Arm(arm) : Path.Combine(Root, "classifier", SeedFolder(seed), arm);

    /// <summary>An arm's predictions on the external test set <paramref name="testSetName"/>, by classifier seed as <see cref="Arm(string, int)"/>.</summary>
    public string ExternalArm(string testSetName, string arm, int seed) =>
        seed == 0 ? Path.Combine(External(testSetName), arm) : Path.Combine(External(testSetName), SeedFolder(seed), arm);

    private static string SeedFolder(int seed) => $"seed-{seed}";

    /// <summary>The generator evaluation: tables, grids per prompt and a model card per generator.</summary>
    public string Evaluation => Path.Combine(Root, "evaluation");

    /// <summary>DDPO fine-tuning: checkpoint, LoRA adapters (or the whole tuned generator), logs and sample grids.</summary>
    public string Ddpo => Path.Combine(Root, "generator", "ddpo");

    /// <summary>The resumable DDPO checkpoint.</summary>
    public string DdpoCheckpoint => Path.Combine(Ddpo, DdpoTrainer.CheckpointFileName);

    /// <summary>
    /// Looks on disk for the finished generators (<see cref="GeneratorNames"/>), by name: only those whose stage has
    /// finished, as an interrupted training also exports weights, which are not the configured generator.
    /// </summary>
    public IReadOnlyDictionary<string, GeneratorSource> FindFinishedGenerators()
    {
        var generators = new Dictionary<string, GeneratorSource>();
        if (File.Exists(PretrainedGenerator) && StageMarker.IsWritten(Pretrain))
            generators[GeneratorNames.Pretrained] = new GeneratorSource(GeneratorNames.Pretrained, PretrainedGenerator,
                device => TrainedGenerator.Load(PretrainedGenerator, device));
        string adapters = Path.Combine(Ddpo, TunedGenerator.LoraFileName), whole = Path.Combine(Ddpo, TunedGenerator.GeneratorFileName);
        if (generators.ContainsKey(GeneratorNames.Pretrained) && StageMarker.IsWritten(Ddpo) && (File.Exists(adapters) || File.Exists(whole)))
            generators[GeneratorNames.Ddpo] = new GeneratorSource(GeneratorNames.Ddpo, File.Exists(adapters) ? adapters : whole,
                device => TunedGenerator.Load(PretrainedGenerator, Ddpo, device));
        return generators;
    }

    /// <summary>Predictions and report on the external test set <paramref name="testSetName"/>.</summary>
    public string External(string testSetName) => Path.Combine(Root, "external", testSetName);

    /// <summary>The per-subgroup report: report.html, report.md, report.json.</summary>
    public string Report => Path.Combine(Root, "report");

    /// <summary>The resumable pretraining checkpoint.</summary>
    public string PretrainCheckpoint => Path.Combine(Pretrain, GeneratorTrainer.CheckpointFileName);
}
