using RL4Med.Augment.Ddpo.Rewards;
using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Prompts;
using TorchSharp;

namespace RL4Med.Augment.Ddpo.Tests.Support;

/// <summary>A generator, prompts and options small enough for unit tests on two CPU cores.</summary>
internal static class TinyDdpo
{
    public static readonly DdpoPrompt[] Prompts =
    {
        new("a dermoscopic image of melanoma showing ink", "diagnosis=mel, ink=1"),
        new("a dermoscopic image of melanoma with no visible artifacts", "diagnosis=mel, ink=0"),
        new("a dermoscopic image of nevus showing ink", "diagnosis=nv, ink=1"),
    };

    public static PromptTokenizer Tokenizer() => PromptTokenizer.Build(Prompts.Select(p => p.Text), maxLength: 12);

    /// <summary>
    /// The Diffusion tests' tiny model (16 px, channels [8, 16]) with every weight perturbed: a fresh model's output
    /// layer is zero, so it would predict no noise for any prompt and no adapter could change its images. The same
    /// weights on every call, like a pretrained generator loaded twice; another <paramref name="perturbation"/> stands for
    /// another pretrained generator of the same shape.
    /// </summary>
    public static TrainedGenerator Pretrained(double perturbation = 0.05)
    {
        var tokenizer = Tokenizer();
        torch.manual_seed(7);
        var model = new DiffusionGenerator(ModelOptions(), tokenizer.VocabularySize, tokenizer.MaxLength);
        using (torch.no_grad())
        {
            using var generator = new torch.Generator(17);
            foreach (var parameter in model.parameters())
            {
                using var noise = torch.randn(parameter.shape, generator: generator);
                parameter.add_(noise.mul_(perturbation));
            }
        }
        model.eval();
        return new TrainedGenerator(model, tokenizer, trainedSteps: 0);
    }

    public static GeneratorModelOptions ModelOptions() => new()
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

    public static DdpoOptions Options(int epochs = 1, string? outputDirectory = null) => new()
    {
        Epochs = epochs,
        SamplesPerEpoch = 8,
        SampleBatchSize = 4,
        Steps = 4,
        TrainBatchSize = 2,
        GradientUpdatesPerPass = 2,
        StatBufferSize = 8,
        StatMinCount = 4,
        CheckpointEvery = 0,
        SampleGridEvery = 0,
        SampleGridImages = 3,
        Seed = 5,
        Device = "cpu",
        OutputDirectory = outputDirectory,
    };

    /// <summary>The generator's parameters by name, copied.</summary>
    public static Dictionary<string, torch.Tensor> Snapshot(TrainedGenerator generator) =>
        generator.Model.named_parameters().ToDictionary(p => p.name, p => p.parameter.detach().clone());

    /// <summary>Whether a parameter name belongs to a LoRA adapter.</summary>
    public static bool IsAdapter(string name) => name.Contains("_adapter.");
}
