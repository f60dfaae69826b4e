using System.Globalization;
using System.Text;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Metrics.ImageQuality;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Rewards.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Runs.Generation;

/// <summary>
/// Measures an autoencoder's <see cref="ReconstructionQuality"/> on held-out images and writes it beside the autoencoder:
/// <see cref="JsonFileName"/> (which the report reads), <see cref="MarkdownFileName"/> and <see cref="ImageFileName"/>.
/// </summary>
public static class ReconstructionMeasurement
{
    /// <summary>The measurements as JSON (<see cref="ReconstructionQuality"/>'s shape).</summary>
    public const string JsonFileName = "reconstruction.json";

    /// <summary>The measurements as a Markdown section.</summary>
    public const string MarkdownFileName = "reconstruction.md";

    /// <summary>Originals beside their reconstructions.</summary>
    public const string ImageFileName = "reconstruction.png";

    private const int BatchSize = 16;
    private const int GridPairs = 8;

    /// <summary>
    /// Measures <paramref name="autoencoder"/> on <paramref name="images"/> (CHW in [-1, 1], side <paramref name="size"/>),
    /// judged by <paramref name="rewardModel"/> when given, and writes the three files into <paramref name="folder"/>.
    /// </summary>
    public static ReconstructionQuality Measure(Autoencoder autoencoder, IReadOnlyList<float[]> images, int size, AttributeClassifier? rewardModel, string folder)
    {
        var device = autoencoder.parameters().First().device;
        using var scope = torch.NewDisposeScope();
        var originals = torch.tensor(images.SelectMany(i => i).ToArray(), new long[] { images.Count, 3, size, size });
        var reconstructions = torch.cat(Enumerable.Range(0, (images.Count + BatchSize - 1) / BatchSize).Select(b =>
        {
            // A scope per batch: its activations (about 0.7 GB for 16 images at 128 px) are freed before the next one.
            using var batchScope = torch.NewDisposeScope();
            using var noGrad = torch.no_grad();
            var batch = originals[(b * BatchSize)..Math.Min(images.Count, (b + 1) * BatchSize)].to(device);
            return autoencoder.call(batch).clamp(-1, 1).cpu().MoveToOuterDisposeScope();
        }).ToArray(), dim: 0);

        // One copy of every reconstruction's pixels; the parallel loop reads its slice instead of making tensors per thread.
        float[] pixels = reconstructions.data<float>().ToArray();
        int length = 3 * size * size;
        var psnr = new double[images.Count];
        var ssim = new double[images.Count];
        Parallel.For(0, images.Count, i =>
        {
            var reconstructed = pixels.AsSpan(i * length, length);
            psnr[i] = PeakSignalToNoiseRatio.Of(images[i], reconstructed);
            ssim[i] = StructuralSimilarity.Of(images[i], reconstructed, 3, size);
        });
        var quality = new ReconstructionQuality(images.Count, psnr.Average(), ssim.Average(),
            rewardModel is null ? null : Agreement(rewardModel, originals, reconstructions));
        Write(quality, folder, originals, reconstructions);
        return quality;
    }

    private static Dictionary<string, double> Agreement(AttributeClassifier model, Tensor originals, Tensor reconstructions)
    {
        var (before, after) = (model.Predict(originals), model.Predict(reconstructions));
        return Enumerable.Range(0, model.Heads.Count).ToDictionary(
            head => model.Heads[head].Name,
            head => Enumerable.Range(0, before.Count).Count(i => before.PredictedClass(i, head) == after.PredictedClass(i, head)) / (double)before.Count);
    }

    private static void Write(ReconstructionQuality quality, string folder, Tensor originals, Tensor reconstructions)
    {
        quality.Write(Path.Combine(folder, JsonFileName));
        AtomicFile.WriteAllText(Path.Combine(folder, MarkdownFileName), Markdown(quality));
        int pairs = Math.Min(GridPairs, quality.Images);
        var interleaved = torch.stack(Enumerable.Range(0, pairs).SelectMany(i => new[] { originals[i], reconstructions[i] }).ToArray(), dim: 0);
        ImageGridWriter.Write(Path.Combine(folder, ImageFileName), interleaved,
            Enumerable.Range(0, pairs).SelectMany(i => new[] { $"original {i + 1}", $"reconstruction {i + 1}" }).ToArray(),
            new ImageGridOptions { Columns = 4, CellSize = (int)Math.Max(128, originals.shape[2]) });
    }

    /// <summary>The measurements as a Markdown section of their own, for a reader of the stage's folder before any report exists.</summary>
    private static string Markdown(ReconstructionQuality quality)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"# Autoencoder reconstruction\n\n{quality.Images} validation images: PSNR {quality.Psnr:F2} dB, SSIM {quality.Ssim:F4}.\n\n");
        if (quality.RewardAgreement is null)
            return text.Append("The reward model's agreement is measured when stage reward has run before this stage (as `run` orders them).\n").ToString();
        text.Append(CultureInfo.InvariantCulture,
            $"The reward model's prediction on each original against its reconstruction (target {ReconstructionQuality.AgreementTarget:P0}):\n\n| head | agreement | target met |\n| --- | --- | --- |\n");
        foreach (var (head, agreement) in quality.RewardAgreement)
            text.Append(CultureInfo.InvariantCulture, $"| {head} | {agreement:P1} | {(ReconstructionQuality.MeetsTarget(agreement) ? "yes" : "no")} |\n");
        return text.ToString();
    }
}
