using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Classification.Pixels;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Classification.Training;

/// <summary>Pixel vectors and 0-based class indices read once from an <see cref="IDataView"/>, so every epoch reuses them.</summary>
internal sealed class LabelledPixels
{
    private readonly List<float[]> pixels;
    private readonly List<long> labels;
    private readonly int imageSize;

    private LabelledPixels(List<float[]> pixels, List<long> labels, int imageSize)
    {
        this.pixels = pixels;
        this.labels = labels;
        this.imageSize = imageSize;
    }

    public int Count => labels.Count;

    /// <summary>Reads every row of <paramref name="data"/>; a row with a missing label (key 0) is an error naming <paramref name="role"/>.</summary>
    public static LabelledPixels Read(IDataView data, string featureColumn, string labelColumn, int imageSize, string role)
    {
        var features = data.Schema[featureColumn];
        var label = data.Schema[labelColumn];
        var pixels = new List<float[]>();
        var labels = new List<long>();
        using var cursor = data.GetRowCursor(new[] { features, label });
        var getPixels = cursor.GetGetter<VBuffer<float>>(features);
        var getLabel = cursor.GetGetter<uint>(label);
        VBuffer<float> vector = default;
        uint key = 0;
        while (cursor.MoveNext())
        {
            getLabel(ref key);
            if (key == 0)
                throw new InvalidOperationException(
                    $"{role} row {labels.Count + 1} has no value in label column '{labelColumn}' (a class the key mapping does not know?)");
            getPixels(ref vector);
            var row = new float[PixelLayout.VectorLength(imageSize)];
            vector.CopyTo(row);
            pixels.Add(row);
            labels.Add(key - 1);
        }
        if (labels.Count == 0) throw new InvalidOperationException($"the {role} set has no rows");
        return new LabelledPixels(pixels, labels, imageSize);
    }

    /// <summary>Images per class, for <paramref name="classes"/> classes.</summary>
    public long[] CountsPerClass(int classes)
    {
        var counts = new long[classes];
        foreach (long label in labels) counts[label]++;
        return counts;
    }

    /// <summary>0-based class of each row.</summary>
    public IReadOnlyList<long> Labels => labels;

    /// <summary>Images [n, 3, S, S] of the rows <paramref name="rows"/>.</summary>
    public Tensor Images(ReadOnlySpan<int> rows)
    {
        int length = PixelLayout.VectorLength(imageSize);
        var batch = new float[rows.Length * length];
        for (int i = 0; i < rows.Length; i++) pixels[rows[i]].CopyTo(batch, i * length);
        return torch.tensor(batch, new long[] { rows.Length, PixelLayout.Channels, imageSize, imageSize });
    }

    /// <summary>Class indices [n] of the rows <paramref name="rows"/>.</summary>
    public Tensor LabelTensor(ReadOnlySpan<int> rows)
    {
        var batch = new long[rows.Length];
        for (int i = 0; i < rows.Length; i++) batch[i] = labels[rows[i]];
        return torch.tensor(batch);
    }
}
