using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Prompts;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Diffusion.Training;

namespace RL4Med.Augment.Diffusion.Tests.Support;

/// <summary>Models and data small enough for unit tests on two CPU cores.</summary>
internal static class TinyGenerator
{
    public static readonly string[] Prompts =
    {
        "a dermoscopic image of melanoma showing hair, ruler",
        "a dermoscopic image of melanoma with no visible artifacts",
        "a dermoscopic image of nevus showing hair",
        "a dermoscopic image of nevus with no visible artifacts",
    };

    public static GeneratorModelOptions Options(int imageSize = 16, double dropout = 0) => new()
    {
        ImageSize = imageSize,
        Channels = new[] { 8, 16 },
        BlocksPerLevel = 1,
        CrossAttentionLevels = new[] { 1 },
        SelfAttentionLevels = new[] { 1 },
        AttentionHeads = 2,
        NormGroups = 4,
        Dropout = dropout,
        TextWidth = 16,
        TextLayers = 2,
        TextHeads = 2,
    };

    public static PromptTokenizer Tokenizer() => PromptTokenizer.Build(Prompts, maxLength: 12);

    public static DiffusionGenerator Model(int imageSize = 16, int seed = 7)
    {
        TorchSharp.torch.manual_seed(seed);
        var tokenizer = Tokenizer();
        return new DiffusionGenerator(Options(imageSize), tokenizer.VocabularySize, tokenizer.MaxLength);
    }

    /// <summary>
    /// Eight images of a dark round "lesion" on a skin-coloured background; melanoma lesions are larger and darker
    /// and "hair" adds dark lines, so the images depend on the prompt.
    /// </summary>
    public static GeneratorExample[] Examples(int count = 8, int size = 16)
    {
        var examples = new GeneratorExample[count];
        for (var i = 0; i < count; i++)
        {
            var prompt = Prompts[i % Prompts.Length];
            var melanoma = prompt.Contains("melanoma");
            var hair = prompt.Contains("hair");
            var radius = size * (melanoma ? 0.35 : 0.2) + i % 3;
            var pixels = new float[3 * size * size];
            for (var y = 0; y < size; y++)
            {
                for (var x = 0; x < size; x++)
                {
                    var distance = Math.Sqrt(Math.Pow(x - size / 2.0 + i % 2, 2) + Math.Pow(y - size / 2.0, 2));
                    var inLesion = distance < radius;
                    var onHair = hair && (x + y) % 7 == 0;
                    float[] rgb = onHair ? new[] { -0.8f, -0.8f, -0.8f }
                        : inLesion ? (melanoma ? new[] { -0.5f, -0.7f, -0.7f } : new[] { 0.0f, -0.3f, -0.4f })
                        : new[] { 0.7f, 0.4f, 0.3f };
                    for (var c = 0; c < 3; c++)
                        pixels[c * size * size + y * size + x] = rgb[c];
                }
            }
            examples[i] = new GeneratorExample(pixels, prompt);
        }
        return examples;
    }

    public static GeneratorTrainingOptions TrainingOptions(int steps, string? outputDirectory = null) => new()
    {
        Steps = steps,
        BatchSize = 8,
        LearningRate = 2e-3,
        WarmupSteps = 5,
        CheckpointEvery = 0,
        SampleGridEvery = 0,
        SampleGridSampling = new SamplingOptions { Steps = 4 },
        Seed = 3,
        Device = "cpu",
        OutputDirectory = outputDirectory,
    };
}
