using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Classification.Training;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Diffusion.Training;
using RL4Med.Augment.Rewards.RewardModels;
using RL4Med.Augment.Rewards.Training;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;

namespace RL4Med.Augment.Runs.Tests;

/// <summary>
/// A prepared run on 80 demo images of 16 px with a tiny generator: real stages in seconds. With <c>latent</c> the
/// generator works on 4x8x8 latents of a tiny autoencoder.
/// </summary>
internal sealed class TinyRun : IDisposable
{
    public TinyRun(int pretrainSteps = 6, bool latent = false)
    {
        Folder = RepositoryFiles.Path(Path.Combine("artifacts", "test-temp", "runs", Guid.NewGuid().ToString("N")));
        Config = new RunConfig
        {
            Name = "tiny",
            Seed = 5,
            RunFolder = Path.Combine(Folder, "run"),
            Dataset = new DatasetConfig
            {
                Source = "demo",
                Demo = new DemoDatasetConfig { Images = 80, RenderSize = 32, Folder = Path.Combine(Folder, "demo") },
                Diagnoses = new() { ["mel"] = "melanoma", ["nv"] = "nevus", ["bkl"] = "benign keratosis" },
                Attributes = new()
                {
                    new AttributeConfig { Name = "hair" },
                    new AttributeConfig { Name = "ink", Prompt = "ink markings" },
                    new AttributeConfig { Name = "skin_type", Kind = AttributeKind.Categorical, Values = new() { "I", "II", "III", "IV", "V", "VI" }, Prompt = "on type {value} skin" },
                },
            },
            Images = new ImageConfig { Size = 16 },
            Subgroups = new SubgroupConfig { By = "diagnosis x ink", MinTrainImages = 20 },
            Generator = new GeneratorConfig
            {
                Model = new GeneratorModelOptions
                {
                    ImageSize = latent ? 8 : 16, ImageChannels = latent ? 4 : 3, Channels = new[] { 8, 16 }, CrossAttentionLevels = new[] { 1 }, SelfAttentionLevels = new[] { 1 },
                    AttentionHeads = 2, NormGroups = 4, TextWidth = 16,
                },
                Pretrain = new GeneratorTrainingOptions { Steps = pretrainSteps, BatchSize = 8, WarmupSteps = 2, CheckpointEvery = 2, SampleGridEvery = 0 },
                Sampling = new SamplingOptions { Steps = 8, Eta = 1.0, GuidanceScale = 5.0 },
                Autoencoder = latent
                    ? new AutoencoderConfig
                    {
                        Model = new AutoencoderOptions { Channels = new[] { 8, 16 }, NormGroups = 4 },
                        Training = new AutoencoderTrainingOptions { Steps = 6, BatchSize = 4, CropSize = 8, WarmupSteps = 2, CheckpointEvery = 2 },
                        ReconstructionImages = 8,
                    }
                    : null,
            },
            Evaluation = new EvaluationConfig { SamplesPerPrompt = 4 },
            Classifier = new ClassifierConfig
            {
                Cnn = new TorchImageClassificationTrainer.Options { Widths = new[] { 8, 16 }, Epochs = 2, BatchSize = 16 },
            },
            Reward = new RewardModelPairOptions { Reward = new AttributeClassifierOptions { Widths = new[] { 8, 16 }, Epochs = 2, BatchSize = 16 } },
        };
        Config.Generator.Validate(Config, "tiny");
        new DatasetPreparer(Config, Folder, Folder).Prepare();
        Layout = new RunLayout(Config.RunFolder!);
    }

    public string Folder { get; }

    public RunConfig Config { get; }

    public RunLayout Layout { get; }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
