using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Tests.Fixtures;

namespace RL4Med.Augment.Data.Tests.Manifest;

public class ManifestCsvTests
{
    private static readonly string[] Attributes = { "hair", "site" };

    private static ManifestRow Real(string id, string split) => new()
    {
        SampleId = id,
        ImagePath = $"images/{id}.png",
        GroupId = "L" + id,
        Diagnosis = "mel",
        Attributes = new Dictionary<string, string?> { ["hair"] = "1", ["site"] = null },
        Split = split,
    };

    private static ManifestRow Synthetic(string id, string split) => new()
    {
        SampleId = id,
        ImagePath = $"synthetic/{id}.png",
        GroupId = "S" + id,
        Diagnosis = "mel",
        Attributes = new Dictionary<string, string?> { ["hair"] = "0", ["site"] = "back, upper" },
        Split = split,
        IsSynthetic = true,
        Provenance = new SyntheticProvenance("ab12", "a dermoscopic image of melanoma, \"quoted\"", 42, 5.0, 50, 1.0, 0.75),
    };

    [Fact]
    public void RoundTripKeepsEveryFieldIncludingUnknownAndProvenance()
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("manifest.csv");
        var rows = new[] { Real("a", "train"), Real("b", "test"), Synthetic("s1", "train") };
        ManifestCsv.Write(path, Attributes, rows);

        var read = ManifestCsv.Read(path);
        Assert.Equal(Attributes, read.AttributeNames);
        Assert.Equal(3, read.Rows.Count);
        Assert.Null(read.Rows[0].Attributes["site"]);
        Assert.Equal("back, upper", read.Rows[2].Attributes["site"]);
        Assert.Equal(rows[2].Provenance, read.Rows[2].Provenance);
        Assert.Null(read.Rows[0].Provenance);
        Assert.Equal("test", read.Rows[1].Split);
        Assert.Equal(Path.Combine(folder.Path, "images", "a.png"), read.ImageFile(read.Rows[0]));
    }

    [Theory]
    [InlineData("validation")]
    [InlineData("test")]
    public void SyntheticRowOutsideTrainingIsRefusedWhenRead(string split)
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("manifest.csv");
        ManifestCsv.Write(path, Attributes, new[] { Real("a", "train"), Synthetic("s1", split) });

        var error = Assert.Throws<InputDataException>(() => ManifestCsv.Read(path));
        Assert.Equal(path, error.File);
        Assert.Equal(2, error.Row);
        Assert.Contains($"synthetic sample 's1' is in split '{split}'", error.Message);
    }

    [Fact]
    public void SplitAccessRefusesSyntheticEvaluationRowsEvenInMemory()
    {
        var manifest = new DatasetManifest("/tmp/m.csv", Attributes, new[] { Real("a", "test"), Synthetic("s1", "test") });
        var error = Assert.Throws<InvalidOperationException>(() => manifest.Split("test"));
        Assert.Contains("synthetic sample 's1' is in the test split", error.Message);
        Assert.Single(new DatasetManifest("/tmp/m.csv", Attributes, new[] { Real("a", "test") }).Split("test"));
    }

    [Fact]
    public void DuplicateSampleIdNamesBothRows()
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("manifest.csv");
        ManifestCsv.Write(path, Attributes, new[] { Real("a", "train"), Real("b", "train"), Real("a", "test") });
        var error = Assert.Throws<InputDataException>(() => ManifestCsv.Read(path));
        Assert.Equal(3, error.Row);
        Assert.Contains("duplicate sample id 'a' (first in row 1)", error.Message);
    }

    [Fact]
    public void ReservedColumnNameCannotBeAnAttribute()
    {
        using var folder = new TemporaryDirectory();
        Assert.Throws<ArgumentException>(() => ManifestCsv.Write(folder.File("m.csv"), new[] { "split" }, Array.Empty<ManifestRow>()));
    }
}
