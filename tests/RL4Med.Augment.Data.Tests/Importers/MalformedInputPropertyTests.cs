using RL4Med.Augment.TestSupport;
using System.Text;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.Importers;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Tests.Fixtures;
using SkiaSharp;

namespace RL4Med.Augment.Data.Tests.Importers;

/// <summary>
/// Property: whatever a malformed file looks like, a reader either reads it or throws one
/// <see cref="InputDataException"/> that names the file, never anything else (no IndexOutOfRange, no crash).
/// </summary>
public class MalformedInputPropertyTests
{
    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        int edits = 1 + random.Next(4);
        for (int e = 0; e < edits && bytes.Count > 1; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes.RemoveRange(at, bytes.Count - at); break;                          // truncate
                case 1: bytes.RemoveAt(at); break;                                                // drop a byte
                case 2: bytes.Insert(at, (byte)"\",\n\r;x\0"[random.Next(7)]); break;            // insert CSV-significant byte
                case 3: bytes[at] = (byte)random.Next(256); break;                                // flip a byte
                case 4: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(40, bytes.Count - at))); break; // duplicate a run
                default: bytes.InsertRange(at, Encoding.UTF8.GetBytes("\"unclosed")); break;     // unbalanced quote
            }
        }
        return bytes.ToArray();
    }

    private static void AssertReadsOrFailsCleanly(string path, Action read)
    {
        try
        {
            read();
        }
        catch (InputDataException e)
        {
            Assert.Equal(path, e.File);
            Assert.StartsWith(path, e.Message);
        }
    }

    [Fact]
    public void MetadataImporterNeverFailsWithAnythingButAnInputError()
    {
        using var folder = new TemporaryDirectory();
        var data = new HamLikeDataset(folder);
        byte[] valid = File.ReadAllBytes(data.MetadataPath);
        var config = data.Config("mel", "nv", "bkl");
        for (int seed = 0; seed < 200; seed++)
        {
            File.WriteAllBytes(data.MetadataPath, Mutate(valid, new Random(seed)));
            var importer = new TabularImporter(config.Dataset, config.Dataset.Files, data.Root);
            try
            {
                importer.Import();
            }
            catch (InputDataException e)
            {
                Assert.True(e.File == data.MetadataPath || e.File == data.AnnotationsPath, e.Message);
            }
        }
    }

    [Fact]
    public void ManifestReaderNeverFailsWithAnythingButAnInputError()
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("manifest.csv");
        var rows = Enumerable.Range(0, 20).Select(i => SubgroupsRow(i)).ToList();
        ManifestCsv.Write(path, new[] { "hair", "ink", "sex" }, rows);
        byte[] valid = File.ReadAllBytes(path);
        for (int seed = 0; seed < 200; seed++)
        {
            File.WriteAllBytes(path, Mutate(valid, new Random(seed)));
            AssertReadsOrFailsCleanly(path, () => ManifestCsv.Read(path));
        }
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Png)]
    public void ImageDecoderNeverFailsWithAnythingButAnInputError(SKEncodedImageFormat format)
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("image");
        if (format == SKEncodedImageFormat.Jpeg) TestImages.WriteJpeg(path, 48, 32, SKColors.SaddleBrown);
        else TestImages.WritePng(path, 48, 32, SKColors.SaddleBrown);
        byte[] valid = File.ReadAllBytes(path);
        for (int seed = 0; seed < 150; seed++)
        {
            File.WriteAllBytes(path, Mutate(valid, new Random(seed)));
            AssertReadsOrFailsCleanly(path, () => SafeImageDecoder.Decode(path, ImageLimits.Default).Dispose());
        }
    }

    private static ManifestRow SubgroupsRow(int i) =>
        Subgroups.SubgroupTests.Row(i % 3 == 0 ? "mel" : "nv", (i % 2).ToString(), i % 5 == 0 ? null : "0", i % 4 == 0 ? "test" : "train");
}
