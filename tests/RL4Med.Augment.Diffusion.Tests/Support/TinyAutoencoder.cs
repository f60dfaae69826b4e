using RL4Med.Augment.Diffusion.Autoencoders;

namespace RL4Med.Augment.Diffusion.Tests.Support;

/// <summary>An autoencoder small enough for unit tests: 16 px images to 4x8x8 latents.</summary>
internal static class TinyAutoencoder
{
    public static AutoencoderOptions Options() => new() { Channels = new[] { 8, 16 }, NormGroups = 4, LatentChannels = 4 };

    public static AutoencoderTrainingOptions TrainingOptions(int steps, string? outputDirectory = null) => new()
    {
        Steps = steps, BatchSize = 4, CropSize = 8, LearningRate = 3e-3, WarmupSteps = 2, CheckpointEvery = 2,
        Device = "cpu", Seed = 3, OutputDirectory = outputDirectory,
    };

    /// <summary>The pixels of <see cref="TinyGenerator.Examples"/>: lesions, skin and hair lines.</summary>
    public static float[][] Images(int count = 8) => TinyGenerator.Examples(count).Select(e => e.Pixels).ToArray();
}
