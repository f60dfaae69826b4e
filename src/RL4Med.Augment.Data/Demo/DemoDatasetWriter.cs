using System.Globalization;
using System.Text.Json;
using CsvHelper;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.IO;

namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// Renders the demo dataset into a folder in the HAM10000 layout (<c>metadata.csv</c> + <c>images/</c>),
/// with the renderer's true attributes as columns, so it is imported by the same code as real data.
/// </summary>
public static class DemoDatasetWriter
{
    /// <summary>Bump when the renderer's output changes, so stale demo folders are rendered again.</summary>
    // 2: SkiaSharp 3; values differ from version 1's by a few levels (antialiasing and mipmaps of Skia m119).
    private const int RendererVersion = 2;

    /// <summary>Metadata columns written for every demo image.</summary>
    public static readonly IReadOnlyList<string> Columns = new[]
    {
        "image_id", "lesion_id", "dx", "age", "sex", "localization", "skin_type", "dark_corner", "hair", "gel_bubble", "ruler", "ink",
    };

    /// <summary>Fitzpatrick types as written in the <c>skin_type</c> column.</summary>
    public static readonly IReadOnlyList<string> SkinTypeNames = new[] { "I", "II", "III", "IV", "V", "VI" };

    /// <summary>
    /// Renders <see cref="DemoDatasetConfig.Images"/> images into <paramref name="folder"/> unless an identical set
    /// (same seed, count, size and renderer) is already there, and returns where the importer finds them.
    /// </summary>
    public static TabularSourceConfig EnsureRendered(DemoDatasetConfig config, string folder, int seed, IProgress<int>? progress = null)
    {
        var files = new TabularSourceConfig
        {
            Metadata = Path.Combine(folder, "metadata.csv"),
            ImageFolder = Path.Combine(folder, "images"),
            ImageExtension = ".png",
        };
        string stampPath = Path.Combine(folder, "demo.json");
        string stamp = JsonSerializer.Serialize(new { seed, config.Images, config.RenderSize, RendererVersion });
        if (File.Exists(files.Metadata) && File.Exists(stampPath) && File.ReadAllText(stampPath) == stamp)
            return files;

        var cases = PlanImages(config.Images, seed, config.InkRate);
        Directory.CreateDirectory(files.ImageFolder);
        int done = 0;
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (imageId, _, lesion, lesionSeed, viewSeed) = cases[i];
            using var bitmap = DemoImageRenderer.Render(lesion, lesionSeed, viewSeed, config.RenderSize);
            byte[] png = SquareImagePreprocessor.EncodePng(bitmap);
            AtomicFile.Write(Path.Combine(files.ImageFolder, imageId + ".png"), s => s.Write(png));
            progress?.Report(Interlocked.Increment(ref done));
        });

        // The metadata is written last: a folder without it (an interrupted render) is rendered again.
        AtomicFile.Write(files.Metadata, stream =>
        {
            using var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
            writer.WriteHeader(Columns.ToArray());
            foreach (var (imageId, lesionId, c, _, _) in cases)
                writer.WriteRecord(new[]
                {
                    imageId, lesionId, c.Diagnosis, c.Age.ToString(CultureInfo.InvariantCulture), c.Sex, c.Site,
                    SkinTypeNames[c.SkinType - 1], Flag(c.DarkCorner), Flag(c.Hair), Flag(c.GelBubble), Flag(c.Ruler), Flag(c.Ink),
                });
        });
        AtomicFile.WriteAllText(stampPath, stamp);
        return files;
    }

    /// <summary>
    /// Which lesion each image shows: most lesions are photographed once, some two or three times
    /// (HAM10000 has 1.34 images per lesion), so splits by lesion matter on demo data too.
    /// </summary>
    private static List<(string ImageId, string LesionId, DemoCase Case, int LesionSeed, int ViewSeed)> PlanImages(int count, int seed, double? inkRate)
    {
        var sampler = new DemoCaseSampler(seed, inkRate);
        var views = new Random(seed ^ 0x5eed);
        var plan = new List<(string, string, DemoCase, int, int)>(count);
        for (int lesion = 1; plan.Count < count; lesion++)
        {
            var c = sampler.Next();
            double u = views.NextDouble();
            int photos = u < 0.78 ? 1 : u < 0.95 ? 2 : 3;
            int lesionSeed = views.Next();
            for (int v = 0; v < photos && plan.Count < count; v++)
                plan.Add(($"DEMO_{plan.Count + 1:D6}", $"DEMO_L{lesion:D6}", c, lesionSeed, views.Next()));
        }
        return plan;
    }

    private static string Flag(bool value) => value ? "1" : "0";
}
