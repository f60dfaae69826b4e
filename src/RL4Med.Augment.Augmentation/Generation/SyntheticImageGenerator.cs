using System.Diagnostics;
using RL4Med.Augment.Augmentation.Planning;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Prompts;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Torch.Devices;
using TorchSharp;

namespace RL4Med.Augment.Augmentation.Generation;

/// <summary>
/// Samples planned images that are not on disk yet and writes each as a PNG, atomically, so that a killed run leaves
/// only whole images and a rerun makes just the missing ones. Every image has its own seed and every batch is padded to
/// the configured size, so an image's pixels do not depend on which images it was batched with.
/// </summary>
internal sealed class SyntheticImageGenerator(AugmentSubgroupsEstimator.Options options)
{
    /// <summary>Generates the images of <paramref name="images"/> missing from <paramref name="folder"/>; returns how many it made.</summary>
    public int Generate(AugmentationFolder folder, IReadOnlyList<PlannedImage> images,
        IProgress<AugmentationProgress>? progress, CancellationToken cancellation)
    {
        var missing = images.Where(image => !File.Exists(folder.ImageFile(image))).ToList();
        int done = images.Count - missing.Count;
        progress?.Report(new AugmentationProgress(done, images.Count, 0));
        if (missing.Count == 0) return 0; // nothing to do: the generator is not even loaded

        var device = DeviceChoice.Resolve(options.Device);
        using var generator = options.LoadGenerator?.Invoke(device) ?? TrainedGenerator.Load(options.GeneratorPath, device);
        CheckVocabulary(generator.Tokenizer, missing);
        var sampler = generator.CreateSampler();
        int size = generator.OutputImageSize;
        var clock = Stopwatch.StartNew();
        int made = 0;
        foreach (var batch in missing.Chunk(options.BatchSize))
        {
            cancellation.ThrowIfCancellationRequested();
            var sampling = new SamplingOptions
            {
                Steps = options.Steps,
                Eta = options.Eta,
                GuidanceScale = options.Guidance,
                Seeds = batch.Select(image => image.Seed).ToArray(),
                PadToBatchSize = options.BatchSize,
            };
            using (var result = sampler.Sample(batch.Select(image => image.Prompt).ToArray(), sampling))
                WritePngs(folder, batch, result.Images, size);
            made += batch.Length;
            progress?.Report(new AugmentationProgress(done + made, images.Count, made / clock.Elapsed.TotalSeconds));
        }
        return missing.Count;
    }

    private static void WritePngs(AugmentationFolder folder, IReadOnlyList<PlannedImage> batch, torch.Tensor images, int size)
    {
        float[] pixels;
        using (torch.NewDisposeScope())
            pixels = images.to(torch.ScalarType.Float32).cpu().contiguous().data<float>().ToArray();
        int length = 3 * size * size;
        for (int i = 0; i < batch.Count; i++)
        {
            using var bitmap = ImagePixels.FromChw(pixels.AsSpan(i * length, length), size);
            byte[] png = SquareImagePreprocessor.EncodePng(bitmap);
            AtomicFile.Write(folder.ImageFile(batch[i]), stream => stream.Write(png));
        }
    }

    // Fails before the first batch, naming the prompt, rather than after hours of sampling.
    private void CheckVocabulary(PromptTokenizer tokenizer, IEnumerable<PlannedImage> images)
    {
        foreach (string prompt in images.Select(image => image.Prompt).Distinct())
        {
            try
            {
                tokenizer.Encode(prompt);
            }
            catch (ArgumentException e) // an unknown word, or too many tokens
            {
                throw new InputDataException($"the generator cannot take a planned prompt: {e.Message}", options.GeneratorPath, inner: e);
            }
        }
    }
}
