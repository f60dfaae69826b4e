using RL4Med.Augment.Pretrained.ResNet18;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Rewards.Model;

/// <summary>
/// ResNet-18 features of image tensors: each image is quantised to 8-bit RGB, as saving it would, and featurised by
/// <see cref="ResNet18Features"/> (through <see cref="RgbaImages"/>) (cached by content when a cache file is given). No gradient flows through it.
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
        int count = (int)images.shape[0];
        var matrix = features.Of(RgbaImages.FromTensor(images));
        var flat = new float[count * Width];
        Buffer.BlockCopy(matrix, 0, flat, 0, flat.Length * sizeof(float));
        return torch.tensor(flat, new long[] { count, Width });
    }

    public void Dispose() => features.Dispose();
}
