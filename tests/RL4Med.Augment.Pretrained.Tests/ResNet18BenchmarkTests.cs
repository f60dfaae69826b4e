using RL4Med.Augment.Pretrained.Benchmarks;

namespace RL4Med.Augment.Pretrained.Tests;

public sealed class ResNet18BenchmarkTests
{
    [Fact]
    public void Featurisation_throughput_is_a_positive_number_of_images_per_second()
    {
        double imagesPerSecond = ResNet18Benchmark.ImagesPerSecond(16, measuredImages: 3, warmupImages: 1);

        Assert.True(imagesPerSecond > 0 && double.IsFinite(imagesPerSecond), $"{imagesPerSecond} images/s");
    }
}
