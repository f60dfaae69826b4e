using RL4Med.Augment.TestSupport;
using Microsoft.ML;
using RL4Med.Augment.Classification.Manifest;
using RL4Med.Augment.Data.Manifest;

namespace RL4Med.Augment.Classification.Tests;

public class ManifestDataViewsTests
{
    [Fact]
    public void SplitRowsBecomeClassifierRowsWithAbsolutePathsAndCallerGroups()
    {
        using var folder = new TemporaryDirectory();
        string path = Path.Combine(folder.Path, "manifest.csv");
        ManifestRow Row(string id, string diagnosis, string split, bool synthetic = false) => new()
        {
            SampleId = id,
            ImagePath = $"images/{id}.png",
            GroupId = "L" + id,
            Diagnosis = diagnosis,
            Attributes = new Dictionary<string, string?> { ["hair"] = id.EndsWith('1') ? "1" : "0" },
            Split = split,
            IsSynthetic = synthetic,
            Provenance = synthetic ? new SyntheticProvenance("hash", "prompt", 1, 3, 20, 0, null) : null,
        };
        ManifestCsv.Write(path, new[] { "hair" }, new[]
        {
            Row("S1", "mel", SplitNames.Train), Row("S2", "nv", SplitNames.Validation),
            Row("S3", "nv", SplitNames.Train), Row("G1", "mel", SplitNames.Train, synthetic: true),
        });
        var manifest = ManifestCsv.Read(path);

        var ml = new MLContext(seed: 1);
        var view = ManifestDataViews.Load(ml, manifest, SplitNames.Train, row => $"{row.Diagnosis}|hair={row.ValueOf("hair")}");
        var rows = ml.Data.CreateEnumerable<ClassifierImageRow>(view, reuseRowObject: false).ToList();

        Assert.Equal(new[] { "S1", "S3", "G1" }, rows.Select(r => r.SampleId));
        Assert.Equal(Path.Combine(folder.Path, "images", "S1.png"), rows[0].ImagePath);
        Assert.Equal(new[] { "mel", "nv", "mel" }, rows.Select(r => r.Label));
        Assert.Equal(new[] { "mel|hair=1", "nv|hair=0", "mel|hair=1" }, rows.Select(r => r.Group));
        Assert.Equal(new[] { "LS1", "LS3", "LG1" }, rows.Select(r => r.GroupId));
        Assert.Equal(new[] { false, false, true }, rows.Select(r => r.IsSynthetic));
        Assert.Equal(
            new[] { "ImagePath", "Label", "SampleId", "Group", "GroupId", "IsSynthetic" },
            view.Schema.Select(c => c.Name));
    }
}
