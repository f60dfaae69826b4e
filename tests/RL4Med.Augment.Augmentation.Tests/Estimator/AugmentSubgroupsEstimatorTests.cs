using RL4Med.Augment.TestSupport;
using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Augmentation.DataViews;
using RL4Med.Augment.Augmentation.Tests.Support;
using RL4Med.Augment.Data.Manifest;

namespace RL4Med.Augment.Augmentation.Tests.Estimator;

public sealed class AugmentSubgroupsEstimatorTests : IDisposable
{
    private readonly TemporaryDirectory temp = new();
    private readonly TinyRun run;
    private readonly MLContext ml = new(seed: 1);

    public AugmentSubgroupsEstimatorTests() => run = TinyRun.Create(temp.Path);

    private string Output => Path.Combine(temp.Path, "augment");

    /// <summary>The columns a caller reads back: ML.NET maps them by name.</summary>
    private sealed class OutputRow
    {
        public string ImagePath { get; set; } = "";
        public string Label { get; set; } = "";
        public string SampleId { get; set; } = "";
        public string GroupId { get; set; } = "";
        [ColumnName("ink")] public string Ink { get; set; } = "";
        [ColumnName("sex")] public string Sex { get; set; } = "";
        public bool IsSynthetic { get; set; }
        public string GeneratorHash { get; set; } = "";
        public string Prompt { get; set; } = "";
        public long Seed { get; set; }
        public double Guidance { get; set; }
        public int Steps { get; set; }
        public double Eta { get; set; }
        public double RewardScore { get; set; }
    }

    /// <summary>An input row of the contract, as a caller with a fixed attribute set would declare it.</summary>
    private sealed class InputRow
    {
        public string ImagePath { get; set; } = "";
        public string Label { get; set; } = "";
        public string SampleId { get; set; } = "";
        public string GroupId { get; set; } = "";
        [ColumnName("hair")] public string Hair { get; set; } = "";
        [ColumnName("ink")] public string Ink { get; set; } = "";
        [ColumnName("skin_type")] public string SkinType { get; set; } = "";

        public static InputRow Of(DatasetManifest manifest, ManifestRow row) => new()
        {
            ImagePath = manifest.ImageFile(row),
            Label = row.Diagnosis,
            SampleId = row.SampleId,
            GroupId = row.GroupId,
            Hair = row.Attributes["hair"] ?? "",
            Ink = row.Attributes["ink"] ?? "",
            SkinType = row.Attributes["skin_type"] ?? "",
        };
    }

    [Fact]
    public void TransformAppendsTheSyntheticRowsWithProvenanceToTheTrainingRows()
    {
        var training = AugmentationInput.Load(run.Manifest);
        var transformer = ml.Transforms.AugmentSubgroups(run.Options(Output, new MeanBrightnessScorer())).Fit(training);
        Assert.Equal(9, transformer.Plan.Images.Count);
        Assert.False(Directory.Exists(Output)); // Fit plans; nothing is generated yet

        var augmented = transformer.Transform(training);

        var rows = ml.Data.CreateEnumerable<OutputRow>(augmented, reuseRowObject: false).ToList();
        var real = run.Manifest.Split(SplitNames.Train);
        Assert.Equal(real.Count + 9, rows.Count);
        Assert.Equal(real.Select(run.Manifest.ImageFile), rows.Take(real.Count).Select(r => r.ImagePath));
        Assert.All(rows.Take(real.Count), r => Assert.True(!r.IsSynthetic && r.Prompt == "" && double.IsNaN(r.Guidance) && double.IsNaN(r.RewardScore)));
        var synthetic = rows.Skip(real.Count).ToList();
        var hash = transformer.Generate().Summary.GeneratorHash;
        for (int i = 0; i < synthetic.Count; i++)
        {
            var row = synthetic[i];
            var planned = transformer.Plan.Images[i];
            Assert.True(row.IsSynthetic);
            Assert.Equal((planned.SampleId, planned.SampleId, planned.Spec.Diagnosis, "1", ""), (row.SampleId, row.GroupId, row.Label, row.Ink, row.Sex));
            Assert.Equal((hash, planned.Prompt, planned.Seed, 3.0, 3, 1.0), (row.GeneratorHash, row.Prompt, row.Seed, row.Guidance, row.Steps, row.Eta));
            Assert.InRange(row.RewardScore, -1, 1);
            Assert.Equal(Path.Combine(Output, planned.RelativePath), row.ImagePath);
            Assert.True(File.Exists(row.ImagePath));
        }
        Assert.Equal(rows.Count, augmented.GetRowCount());
    }

    [Fact]
    public void ValidationAndTestRowsPassThroughWithoutSyntheticRowsOrGeneration()
    {
        var manifest = run.Manifest;
        var transformer = ml.Transforms.AugmentSubgroups(run.Options(Output)).Fit(AugmentationInput.Load(manifest));
        var test = ml.Data.LoadFromEnumerable(manifest.Split(SplitNames.Test).Select(row => InputRow.Of(manifest, row)));

        var output = transformer.Transform(test);

        var rows = ml.Data.CreateEnumerable<OutputRow>(output, reuseRowObject: false).ToList();
        Assert.Equal(manifest.Split(SplitNames.Test).Select(r => r.SampleId), rows.Select(r => r.SampleId));
        Assert.DoesNotContain(rows, r => r.IsSynthetic);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void AChainFitsLaterEstimatorsOnTheAugmentedRows()
    {
        // A caller's own row type without the optional columns (sex, IsSynthetic); Fit checks the schema shape first.
        var manifest = run.Manifest;
        var training = ml.Data.LoadFromEnumerable(manifest.Split(SplitNames.Train).Select(row => InputRow.Of(manifest, row)));
        var chain = ml.Transforms.AugmentSubgroups(run.Options(Output))
            .Append(ml.Transforms.Conversion.MapValueToKey("LabelKey", AugmentationColumns.Label))
            .Append(ml.Transforms.Conversion.ConvertType("Synthetic", AugmentationColumns.IsSynthetic, DataKind.Single));

        var augmented = chain.Fit(training).Transform(training);

        Assert.Equal(manifest.Split(SplitNames.Train).Count + 9, augmented.GetRowCount());
        Assert.Equal(NumberDataViewType.Double, augmented.Schema[AugmentationColumns.RewardScore].Type);
        Assert.Equal(TextDataViewType.Instance, augmented.Schema["sex"].Type); // every declared attribute, empty when absent
        var synthetic = augmented.GetColumn<float>("Synthetic").ToList();
        Assert.Equal(9, synthetic.Count(s => s == 1));
    }

    [Fact]
    public void AMissingColumnIsNamedWithItsType()
    {
        var input = ml.Data.LoadFromEnumerable(new[] { new { ImagePath = "a.png", Label = "mel", SampleId = "a", GroupId = "a", hair = "0" } });

        var error = Assert.Throws<ArgumentException>(() => ml.Transforms.AugmentSubgroups(run.Options(Output)).Fit(input));

        Assert.StartsWith("column 'ink' (text: attribute 'ink': \"1\", \"0\", or empty when unknown) is missing; the input has: ImagePath, Label, SampleId, GroupId, hair", error.Message);
    }

    [Fact]
    public void AMistypedColumnIsNamedWithTheTypeItMustHave()
    {
        var input = ml.Data.LoadFromEnumerable(new[]
        {
            new { ImagePath = "a.png", Label = 1f, SampleId = "a", GroupId = "a", hair = "0", ink = "1", skin_type = "I" },
        });
        var estimator = ml.Transforms.AugmentSubgroups(run.Options(Output));

        var fit = Assert.Throws<ArgumentException>(() => estimator.Fit(input));
        // In a chain, ML.NET first propagates schema shapes, which have no vector sizes: the same check, in shape words.
        var chained = Assert.Throws<ArgumentException>(() => estimator.Append(ml.Transforms.CopyColumns("Copy", "Label")).Fit(input));

        Assert.StartsWith("column 'Label' must be text (the diagnosis code, e.g. mel), but it is Single", fit.Message);
        Assert.StartsWith("column 'Label' must be text (the diagnosis code, e.g. mel), but it is a scalar Single", chained.Message);
    }

    [Fact]
    public void SyntheticInputRowsAreRefused()
    {
        var input = ml.Data.LoadFromEnumerable(new[]
        {
            new { ImagePath = "a.png", Label = "mel", SampleId = "a", GroupId = "a", hair = "0", ink = "1", skin_type = "I", IsSynthetic = true },
        });

        var error = Assert.Throws<ArgumentException>(() => ml.Transforms.AugmentSubgroups(run.Options(Output)).Fit(input));

        Assert.StartsWith("input row 1: IsSynthetic is true", error.Message);
    }

    [Fact]
    public void TheTransformerIsNeitherARowMapperNorSaved()
    {
        var transformer = ml.Transforms.AugmentSubgroups(run.Options(Output)).Fit(AugmentationInput.Load(run.Manifest));

        Assert.False(transformer.IsRowToRowMapper);
        Assert.Throws<InvalidOperationException>(() => transformer.GetRowToRowMapper(AugmentationInput.Load(run.Manifest).Schema));
        Assert.Throws<NotSupportedException>(() => ml.Model.Save(transformer, null, new MemoryStream()));
    }

    public void Dispose() => temp.Dispose();
}
