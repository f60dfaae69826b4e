using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Data.Tests.Fixtures;

namespace RL4Med.Augment.Data.Tests.Preparation;

/// <summary>prepare-data on data in the HAM10000 + ISIC-2019 formats.</summary>
public class HamImportTests
{
    [Fact]
    public void KeepsOnlyConfiguredDiagnosesAndJoinsArtifactFlagsByImageId()
    {
        using var folder = new TemporaryDirectory();
        var data = new HamLikeDataset(folder);
        var prepared = new DatasetPreparer(data.Config("mel", "nv"), folder.Path, data.Root).Prepare();

        var rows = prepared.Manifest.Rows;
        Assert.Equal((32, 24, 14), (prepared.Import.RowsRead, prepared.Import.GroupsRead, prepared.Import.KeptAnnotated));
        Assert.Equal(27, rows.Count); // 20 mel/nv lesions, every third (7 of them) photographed twice
        Assert.All(rows, r => Assert.Contains(r.Diagnosis, new[] { "mel", "nv" }));
        // Even image numbers are annotated: their flags are known, odd ones are unknown (null), never "0".
        var annotated = File.ReadAllLines(data.AnnotationsPath).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0]);
        foreach (var row in rows)
        {
            if (annotated.TryGetValue(row.SampleId, out var cells))
            {
                Assert.Equal(cells[4], row.Attributes["hair"]);
                Assert.Equal(cells[7], row.Attributes["ruler"]);
            }
            else
            {
                Assert.Null(row.Attributes["hair"]);
                Assert.Null(row.Attributes["ruler"]);
            }
        }
    }

    [Fact]
    public void MapsUnknownSexAndEmptyAgeToUnknownAndBandsAges()
    {
        using var folder = new TemporaryDirectory();
        var data = new HamLikeDataset(folder);
        var rows = new DatasetPreparer(data.Config("mel", "nv", "bkl"), folder.Path, data.Root).Prepare().Manifest.Rows;

        var lesion0 = rows.First(r => r.GroupId == "HAM_0000000"); // sex "unknown", age empty
        Assert.Null(lesion0.Attributes["sex"]);
        Assert.Null(lesion0.Attributes["age_band"]);
        var lesion1 = rows.First(r => r.GroupId == "HAM_0000001"); // age 32, female
        Assert.Equal("female", lesion1.Attributes["sex"]);
        Assert.Equal("<40", lesion1.Attributes["age_band"]);
        var lesion12 = rows.First(r => r.GroupId == "HAM_0000012"); // age 54
        Assert.Equal("40-59", lesion12.Attributes["age_band"]);
    }

    [Fact]
    public void SplitsByLesionSoNoLesionIsInTwoSplits()
    {
        using var folder = new TemporaryDirectory();
        var data = new HamLikeDataset(folder);
        var manifest = new DatasetPreparer(data.Config("mel", "nv", "bkl"), folder.Path, data.Root).Prepare().Manifest;

        Assert.All(manifest.Rows.GroupBy(r => r.GroupId), lesion => Assert.Single(lesion.Select(r => r.Split).Distinct()));
        foreach (string split in SplitNames.All)
            Assert.Equal(new[] { "bkl", "mel", "nv" }, manifest.Split(split).Select(r => r.Diagnosis).Distinct().Order());
    }

    [Fact]
    public void WritesPreprocessedSquareImagesThatTheManifestPointsTo()
    {
        using var folder = new TemporaryDirectory();
        var data = new HamLikeDataset(folder);
        var manifest = new DatasetPreparer(data.Config("mel", "nv"), folder.Path, data.Root).Prepare().Manifest;

        var reread = ManifestCsv.Read(manifest.Path);
        Assert.Equal(manifest.Rows.Count, reread.Rows.Count);
        foreach (var row in reread.Rows.Take(5))
        {
            using var bitmap = SkiaSharp.SKBitmap.Decode(reread.ImageFile(row));
            Assert.Equal((16, 16), (bitmap.Width, bitmap.Height));
        }
    }

    [Fact]
    public void CountsSubgroupsPerSplitAndMarksTheUnderRepresented()
    {
        using var folder = new TemporaryDirectory();
        var data = new HamLikeDataset(folder);
        var prepared = new DatasetPreparer(data.Config("mel", "nv"), folder.Path, data.Root).Prepare();

        var counts = prepared.Counts;
        Assert.Equal(prepared.Manifest.Rows.Count, counts.Rows.Sum(r => r.RealTotal));
        Assert.Contains(counts.Rows, r => r.Key.Text == "diagnosis=mel, hair=?");
        Assert.All(counts.Rows, r => Assert.Equal(r.Key.IsFullyKnown && r.RealTrain < 3, r.UnderRepresented));
        Assert.Equal(counts.Rows.Count + 1, File.ReadAllLines(prepared.CountsPath).Length);
    }

    [Fact]
    public void SameSeedGivesByteIdenticalManifest()
    {
        using var folder = new TemporaryDirectory();
        var data = new HamLikeDataset(folder);
        var config = data.Config("mel", "nv");
        string first = File.ReadAllText(new DatasetPreparer(config, folder.Path, data.Root).Prepare().Manifest.Path);
        string second = File.ReadAllText(new DatasetPreparer(config, folder.Path, data.Root).Prepare().Manifest.Path);
        Assert.Equal(first, second);
    }
}
