using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Demo;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Data.Tests.Fixtures;

namespace RL4Med.Augment.Data.Tests.Preparation;

/// <summary>prepare-data on the built-in demo source: rendered, then imported like any CSV dataset.</summary>
public class DemoPreparationTests
{
    private static DataConfig DemoConfig(TemporaryDirectory folder, int images) => new()
    {
        Name = "demo-test",
        Seed = 11,
        RunFolder = folder.File("run"),
        Dataset = new DatasetConfig
        {
            Source = "demo",
            Demo = new DemoDatasetConfig { Images = images, RenderSize = 32, Folder = folder.File("demo") },
            Diagnoses = new() { ["mel"] = "melanoma", ["nv"] = "nevus", ["bkl"] = "benign keratosis" },
            Attributes = new()
            {
                new AttributeConfig { Name = "hair" },
                new AttributeConfig { Name = "ink" },
                new AttributeConfig { Name = "skin_type", Kind = AttributeKind.Categorical, Values = DemoDatasetWriter.SkinTypeNames.ToList() },
                new AttributeConfig { Name = "age_band", Kind = AttributeKind.Categorical, Column = "age", Bands = new() { 30, 45, 60, 75 } },
            },
        },
        Images = new ImageConfig { Size = 16 },
        Subgroups = new SubgroupConfig { By = "diagnosis x hair x ink", MinTrainImages = 20 },
    };

    [Fact]
    public void RendersImportsSplitsAndCountsTheDemoData()
    {
        using var folder = new TemporaryDirectory();
        var prepared = new DatasetPreparer(DemoConfig(folder, 400), folder.Path, folder.Path).Prepare();

        var rows = prepared.Manifest.Rows;
        Assert.Equal(400, rows.Count);
        Assert.Equal(400, Directory.GetFiles(folder.File("demo/images"), "*.png").Length);
        Assert.True(rows.Select(r => r.GroupId).Distinct().Count() < 400, "some lesions are photographed more than once");
        Assert.All(rows, r => Assert.NotNull(r.Attributes["skin_type"]));
        Assert.All(rows, r => Assert.True(File.Exists(prepared.Manifest.ImageFile(r))));
        // 3 diagnoses x 2 x 2 possible subgroups are all listed, the ink ones rare.
        Assert.Equal(12, prepared.Counts.Rows.Count);
        Assert.All(prepared.Counts.Rows.Where(c => c.Key["ink"] == "1"), c => Assert.True(c.UnderRepresented));
    }

    [Fact]
    public void RerunReusesTheRenderedImagesAndGivesTheSameManifest()
    {
        using var folder = new TemporaryDirectory();
        var config = DemoConfig(folder, 150);
        string first = File.ReadAllText(new DatasetPreparer(config, folder.Path, folder.Path).Prepare().Manifest.Path);
        var renderedAt = File.GetLastWriteTimeUtc(folder.File("demo/metadata.csv"));
        string second = File.ReadAllText(new DatasetPreparer(config, folder.Path, folder.Path).Prepare().Manifest.Path);
        Assert.Equal(first, second);
        Assert.Equal(renderedAt, File.GetLastWriteTimeUtc(folder.File("demo/metadata.csv")));
    }

    [Fact]
    public void DemoMetadataRecordsTheRenderersTrueAttributes()
    {
        using var folder = new TemporaryDirectory();
        var files = DemoDatasetWriter.EnsureRendered(new DemoDatasetConfig { Images = 60, RenderSize = 32 }, folder.Path, seed: 4);
        var lines = File.ReadAllLines(files.Metadata);
        Assert.Equal(string.Join(',', DemoDatasetWriter.Columns), lines[0]);
        var sampler = new DemoCaseSampler(4);
        var firstLesion = sampler.Next();
        var cells = lines[1].Split(',');
        Assert.Equal(firstLesion.Diagnosis, cells[2]);
        Assert.Equal(firstLesion.Hair ? "1" : "0", cells[8]);
        Assert.Equal(firstLesion.Ink ? "1" : "0", cells[11]);
    }
}
