using System.Diagnostics;
using RL4Med.Augment.Pretrained.ResNet18;

namespace RL4Med.Augment.Pretrained.Benchmarks;

/// <summary>
/// Throughput of <see cref="ResNet18Featurizer.Featurize"/> (resize to 224 px, ResNet-18, one image at a time, as the
/// feature cache and the Fréchet distance call it) on random images, for the CLI's benchmark command.
/// </summary>
public static class ResNet18Benchmark
{
    /// <summary>
    /// Images per second over <paramref name="measuredImages"/> distinct random <paramref name="imageSize"/>-px images,
    /// after <paramref name="warmupImages"/> untimed ones (the first calls set up ONNX Runtime's buffers).
    /// </summary>
    public static double ImagesPerSecond(int imageSize, int measuredImages = 48, int warmupImages = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(measuredImages, 1);
        var random = new Random(0);
        var images = Enumerable.Range(0, warmupImages + measuredImages).Select(_ => RandomImage(random, imageSize)).ToList();
        using var featurizer = new ResNet18Featurizer();
        foreach (var image in images.Take(warmupImages)) featurizer.Featurize(image);
        var timer = Stopwatch.StartNew();
        foreach (var image in images.Skip(warmupImages)) featurizer.Featurize(image);
        return measuredImages / timer.Elapsed.TotalSeconds;
    }

    private static RgbaImage RandomImage(Random random, int size)
    {
        var chw = new float[3 * size * size];
        for (int i = 0; i < chw.Length; i++) chw[i] = (float)(random.NextDouble() * 2 - 1);
        return RgbaImage.FromChw(chw, size);
    }
}
