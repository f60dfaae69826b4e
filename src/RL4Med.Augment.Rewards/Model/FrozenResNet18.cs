using RL4Med.Augment.Pretrained.ResNet18;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Rewards.Model;

/// <summary>
/// ResNet-18 features of image tensors: each image is quantised to 8-bit RGB, as saving it would, and featurised by
/// <see cref="ResNet18Features"/> (cached by content when a cache file is given). No gradient flows through it.
/// </summary>
public sealed class FrozenResNet18 : IDisposable
{
    private readonly ResNet18Features features;

    /// <summary>Features looked up in and added to <paramref name="cachePath"/>, or computed every time when it is null.</summary>
    public FrozenResNet18(string? cachePath) => features = new ResNet18Features(cachePath);

    /// <summary>Length of a feature vector.</summary>
    public static int Width => ResNet18Featurizer.FeatureWidth;

    /// <summary>Features [N, 512] (float32, CPU) of <paramref name="images"/> [N, 3, S, S] in [-1, 1] on any device.</summary>
    public Tensor Of(Tensor images)
    {
        if (images.dim() != 4 || images.shape[1] != 3 || images.shape[2] != images.shape[3])
            throw new ArgumentException($"ResNet-18 features need square RGB images [N, 3, S, S], not [{string.Join(", ", images.shape)}]");
        int count = (int)images.shape[0], size = (int)images.shape[2];
        float[] pixels;
        using (var host = images.detach().to(CPU).to(ScalarType.Float32).contiguous())
            pixels = host.data<float>().ToArray();
        int length = 3 * size * size;
        var rgba = Enumerable.Range(0, count).Select(i => RgbaImage.FromChw(pixels.AsSpan(i * length, length), size)).ToList();
        var matrix = features.Of(rgba);
        var flat = new float[count * Width];
        Buffer.BlockCopy(matrix, 0, flat, 0, flat.Length * sizeof(float));
        return torch.tensor(flat, new long[] { count, Width });
    }

    public void Dispose() => features.Dispose();
}
