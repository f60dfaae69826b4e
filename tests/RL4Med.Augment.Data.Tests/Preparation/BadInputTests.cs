using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Data.Tests.Fixtures;
using SkiaSharp;

namespace RL4Med.Augment.Data.Tests.Preparation;

/// <summary>Each kind of bad input gets one error naming the file and row, and prepare-data writes nothing.</summary>
public class BadInputTests
{
    private static (InputDataException Error, TemporaryDirectory Folder, HamLikeDataset Data) Fail(Action<HamLikeDataset> breakIt, params string[] keep)
    {
        var folder = new TemporaryDirectory();
        var data = new HamLikeDataset(folder);
        breakIt(data);
        var config = data.Config(keep.Length > 0 ? keep : new[] { "mel", "nv" });
        var error = Assert.Throws<InputDataException>(() => new DatasetPreparer(config, folder.Path, data.Root).Prepare());
        Assert.False(Directory.Exists(Path.Combine(data.Root, "run")), "a failed prepare-data must write nothing");
        return (error, folder, data);
    }

    private static void EditMetadataLine(HamLikeDataset data, int line, Func<string, string> edit)
    {
        var lines = File.ReadAllLines(data.MetadataPath);
        lines[line] = edit(lines[line]);
        File.WriteAllLines(data.MetadataPath, lines);
    }

    [Fact]
    public void MissingImageFileNamesTheImageAndTheMetadataRow()
    {
        var (error, folder, data) = Fail(d => File.Delete(Path.Combine(d.Root, "ham", "images", "ISIC_0000003.jpg")));
        using (folder)
        {
            Assert.Equal(data.MetadataPath, error.File);
            Assert.Equal(4, error.Row);
            Assert.Contains("ISIC_0000003", error.Message);
            Assert.Contains("not found", error.Message);
        }
    }

    [Fact]
    public void TruncatedJpegIsReportedAsCorrupt()
    {
        var (error, folder, _) = Fail(d =>
        {
            string path = Path.Combine(d.Root, "ham", "images", "ISIC_0000005.jpg");
            byte[] bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        });
        using (folder)
        {
            Assert.Equal(6, error.Row);
            Assert.Contains("ISIC_0000005", error.Message);
            Assert.Contains("truncated", error.Message);
        }
    }

    [Fact]
    public void GarbageBytesAreNotAnImage()
    {
        var (error, folder, _) = Fail(d => File.WriteAllText(Path.Combine(d.Root, "ham", "images", "ISIC_0000002.jpg"), "this is not a jpeg"));
        using (folder)
        {
            Assert.Equal(3, error.Row);
            Assert.Contains("not a readable JPEG or PNG", error.Message);
        }
    }

    [Fact]
    public void PngHeaderClaimingHugeDimensionsIsRefusedBeforeDecoding()
    {
        var (error, folder, _) = Fail(d => TestImages.WritePngHeaderOnly(Path.Combine(d.Root, "ham", "images", "ISIC_0000001.jpg"), 100_000));
        using (folder)
        {
            Assert.Equal(2, error.Row);
            Assert.Contains("100000x100000", error.Message);
        }
    }

    [Fact]
    public void MissingRequiredColumnNamesTheColumnAndTheHeader()
    {
        var (error, folder, data) = Fail(d => File.WriteAllLines(d.MetadataPath,
            File.ReadAllLines(d.MetadataPath).Select(l => string.Join(',', l.Split(',').Where((_, i) => i != 2)))));
        using (folder)
        {
            Assert.Equal(data.MetadataPath, error.File);
            Assert.Equal(0, error.Row);
            Assert.Contains("required column 'dx' is missing", error.Message);
        }
    }

    [Fact]
    public void UnknownDiagnosisCodeNamesTheCodeAndTheRow()
    {
        var (error, folder, _) = Fail(d => EditMetadataLine(d, 7, l => l.Replace(",nv,", ",xyz,")));
        using (folder)
        {
            Assert.Equal(7, error.Row);
            Assert.Contains("unknown diagnosis code 'xyz'", error.Message);
        }
    }

    [Fact]
    public void DuplicateImageIdNamesBothRows()
    {
        var (error, folder, _) = Fail(d => EditMetadataLine(d, 9, l => l.Replace("ISIC_0000008", "ISIC_0000002")));
        using (folder)
        {
            Assert.Equal(9, error.Row);
            Assert.Contains("duplicate image id 'ISIC_0000002' (first in row 3)", error.Message);
        }
    }

    [Fact]
    public void RowWithTooFewFieldsNamesTheRow()
    {
        var (error, folder, _) = Fail(d => EditMetadataLine(d, 4, l => l[..l.LastIndexOf(',')]));
        using (folder)
        {
            Assert.Equal(4, error.Row);
            Assert.Contains("6 fields where the header has 7", error.Message);
        }
    }

    [Fact]
    public void BadArtifactFlagNamesTheAnnotationFileAndRow()
    {
        var (error, folder, data) = Fail(d =>
        {
            var lines = File.ReadAllLines(d.AnnotationsPath);
            lines[2] = string.Join(',', lines[2].Split(',').Select((c, i) => i == 4 ? "maybe" : c));
            File.WriteAllLines(d.AnnotationsPath, lines);
        });
        using (folder)
        {
            Assert.Equal(data.AnnotationsPath, error.File);
            Assert.Equal(2, error.Row);
            Assert.Contains("attribute 'hair': 'maybe' is not a yes/no flag", error.Message);
        }
    }

    [Fact]
    public void ClassWithNoSampleInASplitIsAnError()
    {
        // Keep one bkl lesion only: it cannot be in train, validation and test at once.
        var (error, folder, _) = Fail(d => File.WriteAllLines(d.MetadataPath,
            File.ReadAllLines(d.MetadataPath).Where(l => !l.Contains(",bkl,") || l.StartsWith("HAM_0000020"))), "mel", "nv", "bkl");
        using (folder)
        {
            Assert.Contains("diagnosis 'bkl' has no image in the", error.Message);
        }
    }

    [Fact]
    public void AFailedRunLeavesThePreviousManifestAndImagesUntouched()
    {
        using var folder = new TemporaryDirectory();
        var data = new HamLikeDataset(folder);
        var config = data.Config("mel", "nv");
        var manifest = new DatasetPreparer(config, folder.Path, data.Root).Prepare().Manifest;
        string before = File.ReadAllText(manifest.Path);
        int imagesBefore = Directory.GetFiles(Path.Combine(manifest.Folder, "images")).Length;

        TestImages.WriteJpeg(Path.Combine(data.Root, "ham", "images", "ISIC_0000004.jpg"), 1, 1, SKColors.Red);
        File.WriteAllBytes(Path.Combine(data.Root, "ham", "images", "ISIC_0000006.jpg"), new byte[] { 0xFF, 0xD8, 0xFF });
        Assert.Throws<InputDataException>(() => new DatasetPreparer(config, folder.Path, data.Root).Prepare());

        Assert.Equal(before, File.ReadAllText(manifest.Path));
        Assert.Equal(imagesBefore, Directory.GetFiles(Path.Combine(manifest.Folder, "images")).Length);
        Assert.Empty(Directory.GetFiles(manifest.Folder, "*.tmp"));
    }
}
