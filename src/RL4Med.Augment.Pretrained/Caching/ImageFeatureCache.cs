using RL4Med.Augment.Data.IO;

namespace RL4Med.Augment.Pretrained.Caching;

/// <summary>
/// Feature vectors of a frozen network keyed by image content (<see cref="ResNet18.RgbaImage.ContentKey"/>), kept
/// in one file per run so that the classifier arms, the reward model, the evaluator and a rerun compute each real
/// image's features once. The header names the network: a file of another network is refused, not mixed in.
/// </summary>
public sealed class ImageFeatureCache
{
    private const string Magic = "RL4MFEAT";
    private const int FormatVersion = 1;

    private readonly Dictionary<string, float[]> entries;
    private int unsaved;

    private ImageFeatureCache(string path, string network, int width, Dictionary<string, float[]> entries)
    {
        Path = path;
        Network = network;
        Width = width;
        this.entries = entries;
    }

    /// <summary>Where <see cref="Save"/> writes.</summary>
    public string Path { get; }

    /// <summary>The network whose features these are, e.g. "resnet18".</summary>
    public string Network { get; }

    /// <summary>Values per feature vector.</summary>
    public int Width { get; }

    /// <summary>Vectors held.</summary>
    public int Count => entries.Count;

    /// <summary>The cache stored at <paramref name="path"/>, or an empty one if there is none yet.</summary>
    public static ImageFeatureCache Open(string path, string network, int width)
    {
        if (!File.Exists(path)) return new ImageFeatureCache(path, network, width, new Dictionary<string, float[]>());
        var (header, reader) = HeaderedFile.Open<Header>(path, Magic, FormatVersion);
        using (reader)
        {
            if (header.Network != network || header.Width != width)
                throw new InvalidDataException(
                    $"{path} holds {header.Width}-value features of '{header.Network}', not {width}-value features of '{network}'; delete it to start again");
            var entries = new Dictionary<string, float[]>(header.Count, StringComparer.Ordinal);
            for (int i = 0; i < header.Count; i++)
            {
                string key = reader.ReadString();
                var vector = new float[width];
                reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()));
                entries[key] = vector;
            }
            return new ImageFeatureCache(path, network, width, entries);
        }
    }

    /// <summary>The stored vector of <paramref name="contentKey"/>, if any.</summary>
    public bool TryGet(string contentKey, out float[] features) => entries.TryGetValue(contentKey, out features!);

    /// <summary>Stores <paramref name="features"/> under <paramref name="contentKey"/> (in memory until <see cref="Save"/>).</summary>
    public void Add(string contentKey, float[] features)
    {
        if (features.Length != Width) throw new ArgumentException($"expected {Width} features, got {features.Length}", nameof(features));
        entries[contentKey] = features;
        unsaved++;
    }

    /// <summary>Writes the cache to <see cref="Path"/> (atomically) if anything was added since it was opened or saved.</summary>
    public void Save()
    {
        if (unsaved == 0) return;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        HeaderedFile.Write(Path, Magic, FormatVersion, new Header(Network, Width, entries.Count), writer =>
        {
            foreach (var (key, vector) in entries)
            {
                writer.Write(key);
                writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()));
            }
        });
        unsaved = 0;
    }

    private sealed record Header(string Network, int Width, int Count);
}
