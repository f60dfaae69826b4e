using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Training;
using RL4Med.Augment.Pretrained.Caching;
using RL4Med.Augment.Pretrained.ResNet18;
using TorchSharp;

namespace RL4Med.Augment.Runs.Generation;

/// <summary>
/// A latent generator's training data: the pixel examples of a <see cref="GeneratorTrainingSet"/> replaced by their
/// scaled latents. Each distinct image is encoded once (latent means, deterministic) and cached by content under the
/// autoencoder file's hash, so a rerun or resume encodes nothing; the scaling factor is measured on these latents.
/// </summary>
public static class LatentTrainingSet
{
    private const int BatchSize = 32;

    /// <summary>
    /// The examples of <paramref name="pixels"/> (images of side <paramref name="imageSize"/>) as latents of
    /// <paramref name="autoencoderFile"/>, scaled, and the latent space they are in (the caller owns it).
    /// </summary>
    public static (IReadOnlyList<GeneratorExample> Examples, LatentSpace Latent) Encode(
        IReadOnlyList<GeneratorExample> pixels, int imageSize, string autoencoderFile, string cachePath, torch.Device device, Action<string>? log = null)
    {
        var autoencoder = TrainedAutoencoder.Load(autoencoderFile, device);
        var options = autoencoder.Options;
        int side = imageSize / options.DownsamplingFactor, width = options.LatentChannels * side * side;
        var cache = OpenCache(cachePath, "autoencoder " + FileHash.Of(autoencoderFile), width);

        // Repeated examples share one pixel array: encode each array once.
        var distinct = pixels.Select(e => e.Pixels).Distinct(ReferenceEqualityComparer.Instance).Cast<float[]>().ToList();
        var keys = new string[distinct.Count];
        Parallel.For(0, distinct.Count, i => keys[i] = RgbaImage.FromChw(distinct[i], imageSize).ContentKey());
        var missing = Enumerable.Range(0, distinct.Count).Where(i => !cache.TryGet(keys[i], out _)).ToList();
        log?.Invoke($"latents of {distinct.Count} training images: {distinct.Count - missing.Count} cached, {missing.Count} to encode");
        foreach (var batch in missing.Chunk(BatchSize))
        {
            using var scope = torch.NewDisposeScope();
            var images = torch.tensor(batch.SelectMany(i => distinct[i]).ToArray(), new long[] { batch.Length, options.ImageChannels, imageSize, imageSize });
            using var noGrad = torch.no_grad();
            var latents = autoencoder.Encode(images.to(device)).Mean.cpu().data<float>().ToArray();
            for (int b = 0; b < batch.Length; b++)
                cache.Add(keys[batch[b]], latents[(b * width)..((b + 1) * width)]);
        }
        cache.Save();

        var byImage = new Dictionary<float[], float[]>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < distinct.Count; i++)
        {
            cache.TryGet(keys[i], out var latent);
            byImage[distinct[i]] = latent;
        }
        double factor = LatentSpace.ScalingFactorOf(byImage.Values.ToList());
        var scaled = new Dictionary<float[], float[]>(ReferenceEqualityComparer.Instance);
        foreach (var (image, latent) in byImage)
            scaled[image] = latent.Select(v => (float)(v * factor)).ToArray();
        log?.Invoke($"latents {options.LatentChannels}x{side}x{side}, scaling factor {factor:G4}");
        var examples = pixels.Select(e => new GeneratorExample(scaled[e.Pixels], e.Prompt)).ToList();
        return (examples, new LatentSpace(autoencoder, factor));
    }

    // The cache of this autoencoder; one of an earlier autoencoder is replaced, not mixed in.
    private static ImageFeatureCache OpenCache(string path, string network, int width)
    {
        try
        {
            return ImageFeatureCache.Open(path, network, width);
        }
        catch (InvalidDataException)
        {
            File.Delete(path);
            return ImageFeatureCache.Open(path, network, width);
        }
    }
}
