using System.Globalization;
using System.Text;
using System.Text.Json;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Metrics.ImageQuality;
using RL4Med.Augment.Rewards.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Runs.Generation;

/// <summary>
/// How well an autoencoder reconstructs held-out images: mean PSNR and SSIM, and per attribute head the share of
/// images on which the reward model predicts the same class for the original and its reconstruction (what latent
/// generation can at best keep of the attributes DDPO is rewarded for).
/// </summary>
/// <param name="Images">Validation images measured.</param>
/// <param name="Psnr">Mean PSNR over the images, dB (values in [-1, 1], range 2).</param>
/// <param name="Ssim">Mean SSIM over the images.</param>
/// <param name="RewardAgreement">Per head, the reward model's agreement between originals and reconstructions; null when no reward model was trained yet.</param>
public sealed record ReconstructionQuality(int Images, double Psnr, double Ssim, IReadOnlyDictionary<string, double>? RewardAgreement)
{
    /// <summary>The agreement the reconstructions should reach on every head.</summary>
    public const double AgreementTarget = 0.95;

    private const int BatchSize = 16;
    private const int GridPairs = 8;

    /// <summary>
    /// Measures <paramref name="autoencoder"/> on <paramref name="images"/> (CHW in [-1, 1], side <paramref name="size"/>),
    /// judged by <paramref name="rewardModel"/> when given, and writes <c>reconstruction.json</c>, <c>reconstruction.md</c>
    /// and <c>reconstruction.png</c> (originals beside reconstructions) into <paramref name="folder"/>.
    /// </summary>
    public static ReconstructionQuality Measure(Autoencoder autoencoder, IReadOnlyList<float[]> images, int size, AttributeClassifier? rewardModel, string folder)
    {
        var device = autoencoder.parameters().First().device;
        using var scope = torch.NewDisposeScope();
        var originals = torch.tensor(images.SelectMany(i => i).ToArray(), new long[] { images.Count, 3, size, size });
        var reconstructions = torch.cat(Enumerable.Range(0, (images.Count + BatchSize - 1) / BatchSize).Select(b =>
        {
            using var noGrad = torch.no_grad();
            var batch = originals[(b * BatchSize)..Math.Min(images.Count, (b + 1) * BatchSize)].to(device);
            return autoencoder.call(batch).clamp(-1, 1).cpu();
        }).ToArray(), dim: 0);

        var psnr = new double[images.Count];
        var ssim = new double[images.Count];
        Parallel.For(0, images.Count, i =>
        {
            var reconstructed = reconstructions[i].data<float>().ToArray();
            psnr[i] = PeakSignalToNoiseRatio.Of(images[i], reconstructed);
            ssim[i] = StructuralSimilarity.Of(images[i], reconstructed, 3, size);
        });
        var quality = new ReconstructionQuality(images.Count, psnr.Average(), ssim.Average(),
            rewardModel is null ? null : Agreement(rewardModel, originals, reconstructions));
        quality.Write(folder, originals, reconstructions);
        return quality;
    }

    private static Dictionary<string, double> Agreement(AttributeClassifier model, Tensor originals, Tensor reconstructions)
    {
        var (before, after) = (model.Predict(originals), model.Predict(reconstructions));
        return Enumerable.Range(0, model.Heads.Count).ToDictionary(
            head => model.Heads[head].Name,
            head => Enumerable.Range(0, before.Count).Count(i => before.PredictedClass(i, head) == after.PredictedClass(i, head)) / (double)before.Count);
    }

    private void Write(string folder, Tensor originals, Tensor reconstructions)
    {
        AtomicFile.WriteAllText(Path.Combine(folder, "reconstruction.json"), JsonSerializer.Serialize(this, JsonFormats.Readable));
        AtomicFile.WriteAllText(Path.Combine(folder, "reconstruction.md"), Markdown());
        int pairs = Math.Min(GridPairs, Images);
        var interleaved = torch.stack(Enumerable.Range(0, pairs).SelectMany(i => new[] { originals[i], reconstructions[i] }).ToArray(), dim: 0);
        ImageGridWriter.Write(Path.Combine(folder, "reconstruction.png"), interleaved,
            Enumerable.Range(0, pairs).SelectMany(i => new[] { $"original {i + 1}", $"reconstruction {i + 1}" }).ToArray(),
            new ImageGridOptions { Columns = 4, CellSize = (int)Math.Max(128, originals.shape[2]) });
    }

    /// <summary>The measurements as a Markdown section.</summary>
    public string Markdown()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# Autoencoder reconstruction\n\n{Images} validation images: PSNR {Psnr:F2} dB, SSIM {Ssim:F4}.\n\n");
        if (RewardAgreement is null)
            return text.Append("The reward model's agreement is measured when stage reward has run before this stage (as `run` orders them).\n").ToString();
        text.Append(CultureInfo.InvariantCulture, $"The reward model's prediction on each original against its reconstruction (target {AgreementTarget:P0}):\n\n| head | agreement | target met |\n| --- | --- | --- |\n");
        foreach (var (head, agreement) in RewardAgreement)
            text.Append(CultureInfo.InvariantCulture, $"| {head} | {agreement:P1} | {(agreement >= AgreementTarget ? "yes" : "no")} |\n");
        return text.ToString();
    }
}
