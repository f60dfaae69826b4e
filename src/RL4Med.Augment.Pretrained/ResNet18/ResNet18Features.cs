using RL4Med.Augment.Pretrained.Caching;

namespace RL4Med.Augment.Pretrained.ResNet18;

/// <summary>
/// ResNet-18 features of images, looked up in an <see cref="ImageFeatureCache"/> by content first: what the reward
/// model, the evaluator, the Fréchet distance and the <c>resnet18</c> classifier call.
/// </summary>
public sealed class ResNet18Features : IDisposable
{
    /// <summary>The network's name in cache headers and reports.</summary>
    public const string NetworkName = "resnet18";

    private readonly ResNet18Featurizer featurizer = new();
    private readonly ImageFeatureCache? cache;

    /// <summary>Features cached in <paramref name="cachePath"/>, or computed every time if it is null.</summary>
    public ResNet18Features(string? cachePath)
    {
        if (cachePath is not null) cache = ImageFeatureCache.Open(cachePath, NetworkName, ResNet18Featurizer.FeatureWidth);
    }

    /// <summary>Images whose features came from the cache since this object was made.</summary>
    public int CacheHits { get; private set; }

    /// <summary>Images featurised by the network since this object was made.</summary>
    public int Computed { get; private set; }

    /// <summary>An [N, 512] matrix of the features of <paramref name="images"/>, in order; the cache is saved after.</summary>
    public float[,] Of(IReadOnlyList<RgbaImage> images, IProgress<int>? progress = null) => Of(images.Count, i => images[i], progress);

    /// <summary>The features of the stored image files <paramref name="paths"/>, decoded one at a time.</summary>
    public float[,] OfFiles(IReadOnlyList<string> paths, IProgress<int>? progress = null) =>
        Of(paths.Count, i => RgbaImage.FromFile(paths[i]), progress);

    private float[,] Of(int count, Func<int, RgbaImage> image, IProgress<int>? progress)
    {
        var result = new float[count, ResNet18Featurizer.FeatureWidth];
        for (int i = 0; i < count; i++)
        {
            var vector = Of(image(i));
            Buffer.BlockCopy(vector, 0, result, i * ResNet18Featurizer.FeatureWidth * sizeof(float), ResNet18Featurizer.FeatureWidth * sizeof(float));
            progress?.Report(i + 1);
        }
        cache?.Save();
        return result;
    }

    private float[] Of(RgbaImage image)
    {
        if (cache is null)
        {
            Computed++;
            return featurizer.Featurize(image);
        }
        string key = image.ContentKey();
        if (cache.TryGet(key, out var cached))
        {
            CacheHits++;
            return cached;
        }
        var features = featurizer.Featurize(image);
        cache.Add(key, features);
        Computed++;
        return features;
    }

    public void Dispose() => featurizer.Dispose();
}
