using RL4Med.Augment.Diffusion.Benchmarks;
using RL4Med.Augment.Diffusion.Tests.Support;

namespace RL4Med.Augment.Diffusion.Tests.Benchmarks;

public class GeneratorBenchmarkTests
{
    [Fact]
    public void ReportsConsistentThroughputNumbers()
    {
        var result = GeneratorBenchmark.Run(new GeneratorBenchmarkOptions
        {
            Model = TinyGenerator.Options(),
            TrainBatchSize = 4,
            WarmupSteps = 1,
            MeasuredSteps = 2,
            SampleBatchSize = 2,
            SampleSteps = 3,
            MatmulSize = 128,
        });

        Assert.Equal(16, result.ImageSize);
        Assert.True(result.Parameters > 0 && result.ForwardGflopPerImage > 0);
        Assert.Equal(4 / result.TrainingStepSeconds, result.TrainingImagesPerSecond, 6);
        Assert.Equal(result.TrainingImagesPerSecond * 3 * result.ForwardGflopPerImage, result.TrainingGflopsPerSecond, 6);
        Assert.Equal(result.TrainingGflopsPerSecond / result.MatmulGflopsPerSecond, result.TrainingShareOfMatmul, 6);
        Assert.True(result.SamplingImagesPerSecond > 0 && result.MatmulGflopsPerSecond > 0);
        Assert.True(result.PeakWorkingSetBytes > 0);
    }

    [Fact]
    public void ALatentGeneratorIsMeasuredAtTheSizeOfItsDecodedImages()
    {
        var result = GeneratorBenchmark.Run(new GeneratorBenchmarkOptions
        {
            Model = TinyGenerator.Options(imageSize: 8) with { ImageChannels = 4 },
            Autoencoder = TinyAutoencoder.Options(),
            TrainBatchSize = 4,
            WarmupSteps = 1,
            MeasuredSteps = 2,
            SampleBatchSize = 2,
            SampleSteps = 3,
            MatmulSize = 128,
        });

        Assert.True(result.Latent);
        Assert.Equal(16, result.ImageSize);
        Assert.True(result.DecodeGflopPerImage > 0);
        Assert.Equal(result.SamplingImagesPerSecond * (3 * 2 * result.ForwardGflopPerImage + result.DecodeGflopPerImage), result.SamplingGflopsPerSecond, 6);
    }
}
