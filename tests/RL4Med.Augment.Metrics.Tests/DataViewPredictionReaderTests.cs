using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class DataViewPredictionReaderTests
{
    private static readonly string[] Classes = ["nev", "mel", "bkl"];

    private static readonly PredictionColumns Columns = new(Group: "Subgroup", Cluster: "Lesion");

    private static readonly MLContext Context = new(seed: 0);

    /// <summary>Rows listed so that first occurrences of each label follow <see cref="Classes"/>, as a key mapping would number them.</summary>
    private static readonly ScoredImage[] Images =
    [
        new("nev", "nev", [0.7f, 0.2f, 0.1f], "F", "L1"),
        new("mel", "mel", [0.1f, 0.8f, 0.1f], "F", "L2"),
        new("bkl", "nev", [0.5f, 0.1f, 0.4f], "M", "L3"),
        new("mel", "bkl", [0.2f, 0.3f, 0.5f], "M", "L3"),
    ];

    [Fact]
    public void String_labels_are_read_with_the_given_class_order()
    {
        IDataView data = Context.Data.LoadFromEnumerable(Images);

        PredictionSet set = DataViewPredictionReader.Read(data, Columns, "mel", Classes);

        Assert.Equal(Classes, set.ClassNames);
        Assert.Equal(Images.Select(image => new PredictionRow(image.Label, image.PredictedLabel, image.Score, image.Subgroup, image.Lesion)),
            set.Rows, RowComparer.Instance);
        Assert.Equal(0.5, ClassificationMetrics.Accuracy.Evaluate(set), 12);
    }

    [Fact]
    public void Key_labels_are_read_through_their_key_values_when_no_class_names_are_given()
    {
        IDataView data = Context.Transforms.Conversion.MapValueToKey("Label")
            .Append(Context.Transforms.Conversion.MapValueToKey("PredictedLabel"))
            .Fit(Context.Data.LoadFromEnumerable(Images))
            .Transform(Context.Data.LoadFromEnumerable(Images));

        PredictionSet set = DataViewPredictionReader.Read(data, Columns, "mel");

        Assert.Equal(Classes, set.ClassNames);
        Assert.Equal(Images.Select(image => image.Label), set.Rows.Select(row => row.TrueLabel));
        Assert.Equal(Images.Select(image => image.PredictedLabel), set.Rows.Select(row => row.PredictedLabel));
    }

    [Fact]
    public void A_trained_multiclass_models_output_reads_with_the_default_column_names()
    {
        // Three well-separated classes on one feature; the class of each score slot comes from the slot names.
        LabelledLesion[] lesions = Enumerable.Range(0, 30)
            .Select(index => new LabelledLesion(Classes[index % 3], [index % 3 + 0.1f * (index % 5)], index % 2 == 0 ? "F" : "M", $"L{index / 2}"))
            .ToArray();
        IDataView training = Context.Data.LoadFromEnumerable(lesions);
        ITransformer model = Context.Transforms.Conversion.MapValueToKey("Label")
            .Append(Context.MulticlassClassification.Trainers.LbfgsMaximumEntropy())
            .Fit(training);

        PredictionSet set = DataViewPredictionReader.Read(model.Transform(training), Columns, "mel");

        Assert.Equal(Classes, set.ClassNames);
        Assert.Equal(lesions.Select(lesion => lesion.Label), set.Rows.Select(row => row.TrueLabel));
        Assert.Equal(1, ClassificationMetrics.Accuracy.Evaluate(set));
        Assert.Equal(1, ClassificationMetrics.MacroAuc.Evaluate(set));
    }

    [Fact]
    public void A_missing_column_is_named_with_its_role_and_expected_type()
    {
        IDataView data = Context.Data.LoadFromEnumerable(Images);

        var error = Assert.Throws<ArgumentException>(() =>
            DataViewPredictionReader.Read(data, Columns with { Score = "Probability" }, "mel", Classes));

        Assert.Contains("no column 'Probability' for the scores", error.Message);
        Assert.Contains("expected a known-size vector of Single", error.Message);
        Assert.Contains("Label, PredictedLabel, Score, Subgroup, Lesion", error.Message);
    }

    [Fact]
    public void A_mistyped_column_is_named_with_its_type_and_the_type_expected()
    {
        IDataView data = Context.Data.LoadFromEnumerable(Images);

        var error = Assert.Throws<ArgumentException>(() =>
            DataViewPredictionReader.Read(data, Columns with { Label = "Score" }, "mel", Classes));

        Assert.Contains("Column 'Score' (true label) has type Vector<Single, 3>", error.Message);
        Assert.Contains("expected a key type (as MapValueToKey makes) or String", error.Message);
    }

    [Fact]
    public void A_score_vector_of_the_wrong_length_names_the_classes()
    {
        IDataView data = Context.Data.LoadFromEnumerable(Images);

        var error = Assert.Throws<ArgumentException>(() => DataViewPredictionReader.Read(data, Columns, "mel", ["nev", "mel"]));

        Assert.Contains("has 3 slots; expected 2, one per class (nev, mel)", error.Message);
    }

    [Fact]
    public void String_labels_without_class_names_cannot_say_what_each_score_is()
    {
        IDataView data = Context.Data.LoadFromEnumerable(Images);

        var error = Assert.Throws<ArgumentException>(() => DataViewPredictionReader.Read(data, Columns, "mel"));

        Assert.Contains("Pass the class names", error.Message);
    }

    private sealed class ScoredImage(string label, string predictedLabel, float[] score, string subgroup, string lesion)
    {
        public string Label { get; set; } = label;

        public string PredictedLabel { get; set; } = predictedLabel;

        [VectorType(3)]
        public float[] Score { get; set; } = score;

        public string Subgroup { get; set; } = subgroup;

        public string Lesion { get; set; } = lesion;
    }

    private sealed class LabelledLesion(string label, float[] features, string subgroup, string lesionId)
    {
        public string Label { get; set; } = label;

        [VectorType(1)]
        public float[] Features { get; set; } = features;

        public string Subgroup { get; set; } = subgroup;

        public string Lesion { get; set; } = lesionId;
    }

    /// <summary>Rows compare by value, scores included (records compare arrays by reference).</summary>
    private sealed class RowComparer : IEqualityComparer<PredictionRow>
    {
        public static readonly RowComparer Instance = new();

        public bool Equals(PredictionRow? x, PredictionRow? y) =>
            x is not null && y is not null && x with { Scores = [] } == y with { Scores = [] } && x.Scores.SequenceEqual(y.Scores);

        public int GetHashCode(PredictionRow row) => row.TrueLabel.GetHashCode(StringComparison.Ordinal);
    }
}
