using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Rewards.Heads;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Rewards.Images;

/// <summary>
/// Square images in memory (CHW floats in [-1, 1], one after another) with their label vectors for a set of
/// heads. Loaded once and shared by the reward model and the evaluator, which train on different subsets.
/// </summary>
public sealed class LabelledImages
{
    private readonly float[] pixels;

    /// <summary>Wraps <paramref name="pixels"/> (N x C x S x S) and one label vector per image (see <see cref="AttributeHeads.Encode(ManifestRow)"/>).</summary>
    public LabelledImages(AttributeHeads heads, float[] pixels, int channels, int size, IReadOnlyList<int[]> labels)
    {
        if (pixels.Length != labels.Count * channels * size * size)
            throw new ArgumentException($"{pixels.Length} pixel values do not make {labels.Count} images of {channels}x{size}x{size}");
        if (labels.FirstOrDefault(l => l.Length != heads.Count) is { } bad)
            throw new ArgumentException($"a label vector has {bad.Length} entries for {heads.Count} heads");
        Heads = heads;
        this.pixels = pixels;
        Channels = channels;
        Size = size;
        Labels = labels;
    }

    /// <summary>The heads the labels are encoded for.</summary>
    public AttributeHeads Heads { get; }

    public int Count => Labels.Count;

    public int Channels { get; }

    /// <summary>Side of the square images in pixels.</summary>
    public int Size { get; }

    /// <summary>Per image, a class index per head (<see cref="AttributeHeads.Unknown"/> for unknown values).</summary>
    public IReadOnlyList<int[]> Labels { get; }

    private int ImageLength => Channels * Size * Size;

    /// <summary>
    /// Decodes the images of <paramref name="rows"/> (relative to the manifest's folder) and encodes their labels.
    /// All images must have the same size, which the prepared data guarantees.
    /// </summary>
    public static LabelledImages Load(DatasetManifest manifest, IReadOnlyList<ManifestRow> rows, AttributeHeads heads)
    {
        if (rows.Count == 0) throw new ArgumentException("no images to load");
        var labels = rows.Select(heads.Encode).ToList();
        var decoded = new float[rows.Count][];
        Parallel.For(0, rows.Count, i => decoded[i] = ImagePixels.LoadChw(manifest.ImageFile(rows[i]), ImageLimits.Default));
        int length = decoded[0].Length;
        int size = (int)Math.Round(Math.Sqrt(length / 3.0));
        var pixels = new float[rows.Count * length];
        for (int i = 0; i < rows.Count; i++)
        {
            if (decoded[i].Length != length)
                throw new InvalidDataException($"{manifest.ImageFile(rows[i])} is not {size}x{size} like {manifest.ImageFile(rows[0])}; prepare the data again");
            decoded[i].CopyTo(pixels, i * length);
        }
        return new LabelledImages(heads, pixels, 3, size, labels);
    }

    /// <summary>The images at <paramref name="indices"/>, in that order (pixels are copied).</summary>
    public LabelledImages Subset(IReadOnlyList<int> indices) =>
        new(Heads, Gather(indices), Channels, Size, indices.Select(i => Labels[i]).ToList());

    /// <summary>All images as a CPU tensor [N, C, S, S].</summary>
    public Tensor ImageTensor() => torch.tensor(pixels, new long[] { Count, Channels, Size, Size });

    /// <summary>The images at <paramref name="indices"/> as a CPU tensor [B, C, S, S].</summary>
    public Tensor ImageTensor(IReadOnlyList<int> indices) =>
        torch.tensor(Gather(indices), new long[] { indices.Count, Channels, Size, Size });

    /// <summary>The label vectors at <paramref name="indices"/> as a CPU int64 tensor [B, heads].</summary>
    public Tensor LabelTensor(IReadOnlyList<int> indices)
    {
        int heads = Heads.Count;
        var batch = new long[indices.Count * heads];
        for (int i = 0; i < indices.Count; i++)
            for (int h = 0; h < heads; h++)
                batch[i * heads + h] = Labels[indices[i]][h];
        return torch.tensor(batch, new long[] { indices.Count, heads });
    }

    private float[] Gather(IReadOnlyList<int> indices)
    {
        var pixels = new float[indices.Count * ImageLength];
        for (int i = 0; i < indices.Count; i++)
            Array.Copy(this.pixels, (long)indices[i] * ImageLength, pixels, (long)i * ImageLength, ImageLength);
        return pixels;
    }
}
