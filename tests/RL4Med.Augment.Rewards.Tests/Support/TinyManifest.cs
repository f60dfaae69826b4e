using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.Manifest;
using SkiaSharp;

namespace RL4Med.Augment.Rewards.Tests.Support;

/// <summary>
/// A manifest of synthetic 16 px PNGs on disk: real train lesions with two images each, one image per validation
/// lesion, and optionally generated (is_synthetic) training images.
/// </summary>
internal static class TinyManifest
{
    public static DatasetManifest Write(string folder, int trainLesions, int validationImages, int generatedImages = 0)
    {
        var random = new Random(11);
        var rows = new List<ManifestRow>();
        void Add(string id, string group, int diagnosis, string split, bool generated = false)
        {
            bool hair = random.Next(2) == 1, ink = random.Next(3) == 0;
            using var bitmap = ImagePixels.FromChw(SyntheticImages.Draw(diagnosis, hair, ink, random), SyntheticImages.Size);
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            Directory.CreateDirectory(Path.Combine(folder, "images"));
            File.WriteAllBytes(Path.Combine(folder, "images", $"{id}.png"), data.ToArray());
            var row = TestConfig.Row(id, group, TestConfig.Diagnoses[diagnosis], hair ? "1" : "0", ink ? "1" : "0", split);
            rows.Add(generated
                ? new ManifestRow
                {
                    SampleId = row.SampleId,
                    ImagePath = row.ImagePath,
                    GroupId = row.GroupId,
                    Diagnosis = row.Diagnosis,
                    Attributes = row.Attributes,
                    Split = split,
                    IsSynthetic = true,
                    Provenance = new SyntheticProvenance("generator", "a prompt", 1, 3.0, 20, 1.0, null),
                }
                : row);
        }
        for (int lesion = 0; lesion < trainLesions; lesion++)
            for (int image = 0; image < 2; image++)
                Add($"T{lesion:D3}_{image}", $"L{lesion:D3}", lesion % 3, SplitNames.Train);
        for (int i = 0; i < validationImages; i++)
            Add($"V{i:D3}", $"VL{i:D3}", i % 3, SplitNames.Validation);
        for (int i = 0; i < generatedImages; i++)
            Add($"G{i:D3}", $"GL{i:D3}", i % 3, SplitNames.Train, generated: true);

        string path = Path.Combine(folder, "manifest.csv");
        ManifestCsv.Write(path, new[] { "hair", "ink", "skin_type", "sex", "age_band", "site" }, rows);
        return ManifestCsv.Read(path);
    }
}
