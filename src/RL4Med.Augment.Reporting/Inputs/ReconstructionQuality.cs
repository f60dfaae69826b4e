using System.Text.Json;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.IO;

namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>
/// How well a latent generator's autoencoder reconstructs held-out images: mean PSNR and SSIM, and per attribute head the
/// share of images on which the reward model predicts the same class for the original and its reconstruction (what latent
/// generation can at best keep of the attributes DDPO is rewarded for). The autoencoder stage writes it as JSON, the
/// report reads it back: this record is the file's shape.
/// </summary>
/// <param name="Images">Validation images measured; every head is judged on all of them.</param>
/// <param name="Psnr">Mean PSNR over the images, dB (values in [-1, 1], range 2).</param>
/// <param name="Ssim">Mean SSIM over the images.</param>
/// <param name="RewardAgreement">Per head, the reward model's agreement between originals and reconstructions; null when no reward model was trained yet.</param>
public sealed record ReconstructionQuality(int Images, double Psnr, double Ssim, IReadOnlyDictionary<string, double>? RewardAgreement)
{
    /// <summary>The agreement the reconstructions should reach on every head.</summary>
    public const double AgreementTarget = 0.95;

    /// <summary>Whether <paramref name="agreement"/> reaches <see cref="AgreementTarget"/>.</summary>
    public static bool MeetsTarget(double agreement) => agreement >= AgreementTarget;

    /// <summary>Writes the measurements to <paramref name="path"/> atomically.</summary>
    public void Write(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, JsonFormats.Readable));

    /// <summary>Reads and checks the measurements the autoencoder stage wrote.</summary>
    /// <exception cref="InputDataException">The file is not such measurements, or a value is out of its range; the message names the file.</exception>
    public static ReconstructionQuality Read(string path)
    {
        ReconstructionQuality? quality;
        try
        {
            quality = JsonSerializer.Deserialize<ReconstructionQuality>(File.ReadAllText(path), JsonFormats.Readable);
        }
        catch (JsonException error)
        {
            throw new InputDataException($"not the reconstruction measurements this version writes (run train-generator --stage autoencoder --restart): {error.Message}", path, inner: error);
        }
        if (quality is null) throw new InputDataException("holds no reconstruction measurements", path);
        if (quality.Images < 1) throw new InputDataException($"'images' is {quality.Images}; the measurements need at least one image", path);
        if (!(quality.Ssim is >= -1 and <= 1)) throw new InputDataException($"'ssim' is {quality.Ssim}; SSIM lies in [-1, 1]", path);
        foreach (var (head, agreement) in quality.RewardAgreement ?? new Dictionary<string, double>())
        {
            if (!(agreement is >= 0 and <= 1))
                throw new InputDataException($"'rewardAgreement' of head '{head}' is {agreement}; an agreement is a share in [0, 1]", path);
        }
        return quality;
    }
}
