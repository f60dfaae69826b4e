using RL4Med.Augment.Pretrained.ResNet18;
using static TorchSharp.torch;

namespace RL4Med.Augment.Rewards.Model;

/// <summary>
/// Generated image tensors as the 8-bit RGBA images the pretrained backbone reads. Here rather than in Pretrained,
/// which stays free of TorchSharp.
/// </summary>
public static class RgbaImages
{
    /// <summary>Images [N, 3, S, S] in [-1, 1] on any device, quantised as saving them to PNG would, in order.</summary>
    public static IReadOnlyList<RgbaImage> FromTensor(Tensor images)
    {
        if (images.dim() != 4 || images.shape[1] != 3 || images.shape[2] != images.shape[3])
            throw new ArgumentException($"expected square RGB images [N, 3, S, S], not [{string.Join(", ", images.shape)}]", nameof(images));
        int count = (int)images.shape[0], size = (int)images.shape[2], length = 3 * size * size;
        float[] pixels;
        using (NewDisposeScope())
            pixels = images.detach().to(CPU).to(ScalarType.Float32).contiguous().data<float>().ToArray();
        return Enumerable.Range(0, count).Select(i => RgbaImage.FromChw(pixels.AsSpan(i * length, length), size)).ToList();
    }
}
