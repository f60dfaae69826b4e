using RL4Med.Augment.Augmentation.Output;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Prompts;
using TorchSharp;

namespace RL4Med.Augment.Augmentation.Tests.Support;

/// <summary>
/// A tiny prepared run in a folder: <c>data/manifest.csv</c> with train, validation and test rows, and
/// <c>generator.bin</c>, an untrained 16 px generator over every prompt the data can produce (its weights are
/// perturbed so that prompts and guidance change the images). Subgroups are diagnosis x ink with a minimum of 6
/// training images, so melanoma with ink (2 real) gets 4 images and nevus with ink (1 real) gets 5.
/// </summary>
internal sealed class TinyRun
{
    private TinyRun(string root) => Root = root;

    public string Root { get; }

    public string ManifestPath => Path.Combine(Root, "data", "manifest.csv");

    public string GeneratorPath => Path.Combine(Root, "generator.bin");

    public DatasetManifest Manifest => ManifestCsv.Read(ManifestPath);

    public static DataConfig Config() => new()
    {
        Seed = 5,
        Dataset = new DatasetConfig
        {
            Diagnoses = new() { ["mel"] = "melanoma", ["nv"] = "nevus" },
            Attributes = new()
            {
                new AttributeConfig { Name = "hair", Kind = AttributeKind.Binary },
                new AttributeConfig { Name = "ink", Kind = AttributeKind.Binary, Prompt = "ink markings" },
                new AttributeConfig { Name = "skin_type", Kind = AttributeKind.Categorical, Values = new() { "I", "II", "III" }, Prompt = "on type {value} skin" },
                new AttributeConfig { Name = "sex", Kind = AttributeKind.Categorical, Values = new() { "male", "female" } },
            },
        },
        Subgroups = new SubgroupConfig { By = "diagnosis x ink", MinTrainImages = 6, Quota = new QuotaConfig { MaxPerSubgroup = 100, MaxTotal = 100 } },
    };

    /// <summary>Writes the manifest and the generator into <paramref name="root"/>.</summary>
    public static TinyRun Create(string root)
    {
        var run = new TinyRun(root);
        var config = Config();
        ManifestCsv.Write(run.ManifestPath, config.Dataset.Attributes.Select(a => a.Name).ToList(), Rows());
        WriteGenerator(run.GeneratorPath, config.Dataset);
        return run;
    }

    /// <summary>A run another process created.</summary>
    public static TinyRun Open(string root) => new(root);

    /// <summary>Options for augmenting into <paramref name="outputFolder"/>: 3 DDIM steps, batches of 4, on the CPU.</summary>
    public AugmentSubgroupsEstimator.Options Options(string outputFolder, ISyntheticImageScorer? scorer = null, double? threshold = null)
    {
        var options = AugmentSubgroupsEstimator.Options.FromConfig(Config());
        options.GeneratorPath = GeneratorPath;
        options.OutputFolder = outputFolder;
        options.Steps = 3;
        options.Guidance = 3;
        options.BatchSize = 4;
        options.Device = "cpu";
        options.RewardScorer = scorer;
        options.RewardThreshold = threshold;
        return options;
    }

    /// <summary>An augmenter of the run's real training rows.</summary>
    public SubgroupAugmenter Augmenter(string outputFolder, ISyntheticImageScorer? scorer = null, double? threshold = null) =>
        new(Options(outputFolder, scorer, threshold), AugmentationInput.RealTrainingRows(Manifest));

    private static IEnumerable<ManifestRow> Rows()
    {
        string[] skins = { "I", "II", "III" };
        int id = 0;
        IEnumerable<ManifestRow> Group(string split, string diagnosis, string ink, int count) =>
            Enumerable.Range(0, count).Select(i =>
            {
                id++;
                return new ManifestRow
                {
                    SampleId = $"s{id:D3}",
                    ImagePath = $"images/s{id:D3}.png",
                    GroupId = $"lesion-{id:D3}",
                    Diagnosis = diagnosis,
                    Split = split,
                    Attributes = new Dictionary<string, string?>
                    {
                        // One row per group with an unknown flag or skin type: never a prompt donor / prompted without skin type.
                        ["hair"] = i == 7 ? null : (i % 2).ToString(),
                        ["ink"] = ink,
                        ["skin_type"] = i == 5 ? null : skins[(i + id) % 3],
                        ["sex"] = i % 2 == 0 ? "female" : "male",
                    },
                };
            }).ToList();
        return Group(SplitNames.Train, "nv", "0", 12)
            .Concat(Group(SplitNames.Train, "mel", "0", 8))
            .Concat(Group(SplitNames.Train, "mel", "1", 2))
            .Concat(Group(SplitNames.Train, "nv", "1", 1))
            .Concat(Group(SplitNames.Validation, "nv", "0", 2)).Concat(Group(SplitNames.Validation, "mel", "1", 1))
            .Concat(Group(SplitNames.Test, "nv", "0", 2)).Concat(Group(SplitNames.Test, "mel", "1", 1))
            .ToList();
    }

    private static void WriteGenerator(string path, DatasetConfig dataset)
    {
        var builder = new PromptBuilder(dataset);
        var prompts =
            from diagnosis in dataset.Diagnoses.Keys
            from hair in new[] { "0", "1" }
            from ink in new[] { "0", "1" }
            from skin in new[] { "I", "II", "III" }
            select builder.Describe(new PromptSpec(diagnosis, new Dictionary<string, string> { ["hair"] = hair, ["ink"] = ink, ["skin_type"] = skin }));
        var tokenizer = PromptTokenizer.Build(prompts, maxLength: 16);
        var options = new GeneratorModelOptions
        {
            ImageSize = 16,
            Channels = new[] { 8, 16 },
            BlocksPerLevel = 1,
            CrossAttentionLevels = new[] { 1 },
            SelfAttentionLevels = new[] { 1 },
            AttentionHeads = 2,
            NormGroups = 4,
            TextWidth = 16,
            TextLayers = 2,
            TextHeads = 2,
        };
        torch.manual_seed(7);
        var model = new DiffusionGenerator(options, tokenizer.VocabularySize, tokenizer.MaxLength);
        using (torch.no_grad())
        {
            // The output layer starts at zero; without a nudge every prompt would predict the same (zero) noise.
            using var generator = new torch.Generator(17);
            foreach (var parameter in model.parameters())
                parameter.add_(torch.randn(parameter.shape, generator: generator).mul_(0.05));
        }
        using var trained = new TrainedGenerator(model, tokenizer, trainedSteps: 0);
        trained.Save(path);
    }
}
