using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Pretrained.ResNet18;
using RL4Med.Augment.GeneratorMetrics;
using RL4Med.Augment.Runs.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Runs.Tests;

/// <summary>FD (ResNet-18) as evaluate-generator computes it: image tensors, 8-bit RGBA, ResNet-18 features, Fréchet distance.</summary>
public class ResNet18DistanceTests
{
    private const int Size = 32, Count = 12;

    [Fact]
    public void A_set_is_at_distance_zero_from_itself_and_clearly_farther_from_a_visibly_different_set_than_from_its_own_kind()
    {
        using var features = new ResNet18Features(cachePath: null);
        using var lesions = Images(seed: 1, Lesion);
        using var moreLesions = Images(seed: 2, Lesion);
        using var stripes = Images(seed: 3, Stripes);
        var lesionFeatures = features.Of(RgbaImages.FromTensor(lesions));

        double itself = FrechetDistance.Between(lesionFeatures, lesionFeatures);
        double sameKind = FrechetDistance.Between(lesionFeatures, features.Of(RgbaImages.FromTensor(moreLesions)));
        double different = FrechetDistance.Between(lesionFeatures, features.Of(RgbaImages.FromTensor(stripes)));

        Assert.True(itself < 1e-3, $"against itself: {itself}");
        Assert.True(different > 10 * sameKind, $"lesions vs stripes {different:F1}, lesions vs other lesions {sameKind:F1}");
    }

    [Fact]
    public void Each_image_of_a_tensor_becomes_the_RGBA_image_of_its_own_pixels_in_order()
    {
        using var images = Images(seed: 4, Lesion);
        float[] pixels = images.data<float>().ToArray();
        int length = 3 * Size * Size;

        var rgba = RgbaImages.FromTensor(images);

        Assert.Equal(Count, rgba.Count);
        for (int i = 0; i < Count; i++)
            Assert.Equal(RgbaImage.FromChw(pixels.AsSpan(i * length, length), Size).ContentKey(), rgba[i].ContentKey());
    }

    [Fact]
    public void A_tensor_that_is_not_square_RGB_images_is_refused_with_its_shape()
    {
        using var grey = torch.zeros(2, 1, Size, Size);

        var error = Assert.Throws<ArgumentException>(() => RgbaImages.FromTensor(grey));

        Assert.Contains($"[2, 1, {Size}, {Size}]", error.Message);
    }

    /// <summary><see cref="Count"/> images [N, 3, S, S] in [-1, 1], each drawn by <paramref name="draw"/> with its own random placement.</summary>
    private static Tensor Images(int seed, Func<Random, int, int, int, float> draw)
    {
        var random = new Random(seed);
        int plane = Size * Size;
        var pixels = new float[Count * 3 * plane];
        for (int n = 0; n < Count; n++)
        {
            var placement = new Random(random.Next());
            int offset = placement.Next(Size / 4);
            for (int c = 0; c < 3; c++)
                for (int y = 0; y < Size; y++)
                    for (int x = 0; x < Size; x++)
                        pixels[(n * 3 + c) * plane + y * Size + x] = draw(placement, c, (x + offset) % Size, y);
        }
        return torch.tensor(pixels, new long[] { Count, 3, Size, Size });
    }

    // A dark disc on a skin-toned background, with a little noise.
    private static float Lesion(Random random, int channel, int x, int y)
    {
        float dx = (x - Size / 2f) / Size, dy = (y - Size / 2f) / Size;
        float skin = new[] { 0.7f, 0.35f, 0.2f }[channel];
        return Math.Clamp(skin - (dx * dx + dy * dy < 0.06f ? 0.8f : 0f) + 0.05f * (float)random.NextDouble(), -1f, 1f);
    }

    // Saturated blue and yellow stripes: nothing like skin.
    private static float Stripes(Random random, int channel, int x, int y) =>
        (x / 4 % 2 == 0 ? new[] { -0.9f, -0.6f, 0.9f } : new[] { 0.9f, 0.9f, -0.9f })[channel] - 0.05f * (float)random.NextDouble();
}
