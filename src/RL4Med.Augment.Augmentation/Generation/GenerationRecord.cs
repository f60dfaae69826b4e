using System.Text.Json;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.IO;

namespace RL4Med.Augment.Augmentation.Generation;

/// <summary>
/// What the images of a folder were generated with: the generator file, the sampler settings, the batch size (the
/// network's batch shape changes the last bits of the pixels) and the plan. Images are only reused, by a resumed run or
/// by a merge, where this record matches; otherwise they are deleted and made again.
/// </summary>
/// <param name="GeneratorHash">SHA-256 of the generator file.</param>
/// <param name="Guidance">Classifier-free guidance scale.</param>
/// <param name="Steps">DDIM steps.</param>
/// <param name="Eta">DDIM eta.</param>
/// <param name="BatchSize">Images per network batch (every batch is padded to this size).</param>
/// <param name="PlanFingerprint">The plan's fingerprint (every image's index, subgroup, prompt and seed).</param>
internal sealed record GenerationRecord(string GeneratorHash, double Guidance, int Steps, double Eta, int BatchSize, string PlanFingerprint)
{
    private string Json => JsonSerializer.Serialize(this, JsonFormats.Readable);

    /// <summary>Whether <paramref name="folder"/>'s images were made with exactly this record.</summary>
    public bool Matches(AugmentationFolder folder) => File.Exists(folder.GenerationRecord) && File.ReadAllText(folder.GenerationRecord) == Json;

    /// <summary>
    /// Makes <paramref name="folder"/> hold images of this record only: where another record (or none) is there, its
    /// images, manifest and summary are deleted and this record is written. Shard folders inside are left alone.
    /// </summary>
    public void Claim(AugmentationFolder folder)
    {
        if (Matches(folder)) return;
        folder.ClearOutputs();
        if (Directory.Exists(folder.Images)) Directory.Delete(folder.Images, recursive: true);
        AtomicFile.WriteAllText(folder.GenerationRecord, Json);
    }
}
