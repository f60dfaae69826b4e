using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class PredictionSetTests
{
    [Fact]
    public void From_arrays_zips_one_row_per_index()
    {
        PredictionSet set = PredictionSet.FromArrays(
            Build.Dermoscopy, "mel",
            trueLabels: ["mel", "nev"], predictedLabels: ["mel", "mel"],
            scores: [[0.1f, 0.9f], [0.4f, 0.6f]],
            groups: ["F", "M"], clusters: ["L1", "L2"]);

        Assert.Equal(2, set.Count);
        Assert.Equal("mel", set.PositiveClass);
        Assert.Equal(["F", "M"], set.Groups);
        Assert.Equal(("nev", "mel", "M", "L2"), (set.Rows[1].TrueLabel, set.Rows[1].PredictedLabel, set.Rows[1].Group, set.Rows[1].Cluster));
    }

    [Fact]
    public void Arrays_of_different_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PredictionSet.FromArrays(
            Build.Dermoscopy, "mel", ["mel", "nev"], ["mel"], [[0.1f, 0.9f], [0.4f, 0.6f]], ["F", "M"], ["L1", "L2"]));

        Assert.Contains("predictedLabels has 1 entries; expected 2", error.Message);
    }

    [Fact]
    public void An_unknown_label_names_its_row_and_the_classes()
    {
        var error = Assert.Throws<ArgumentException>(() => new PredictionSet(Build.Dermoscopy, "mel",
            [new PredictionRow("mel", "mel", [0.1f, 0.9f], "F", "L1"), new PredictionRow("bcc", "mel", [0.1f, 0.9f], "F", "L2")]));

        Assert.Contains("Row 1: true label 'bcc' is not one of the classes: nev, mel", error.Message);
    }

    [Fact]
    public void A_score_vector_must_have_one_finite_score_per_class()
    {
        Assert.Contains("has 3 scores; expected 2",
            Assert.Throws<ArgumentException>(() => new PredictionSet(Build.Dermoscopy, "mel",
                [new PredictionRow("mel", "mel", [0.1f, 0.8f, 0.1f], "F", "L1")])).Message);
        Assert.Contains("score of class 'mel' is NaN",
            Assert.Throws<ArgumentException>(() => new PredictionSet(Build.Dermoscopy, "mel",
                [new PredictionRow("mel", "mel", [0.1f, float.NaN], "F", "L1")])).Message);
    }

    [Fact]
    public void The_positive_class_must_be_one_of_the_classes() =>
        Assert.Contains("Class 'bcc' is not one of the classes",
            Assert.Throws<ArgumentException>(() => new PredictionSet(Build.Dermoscopy, "bcc", [])).Message);

    [Fact]
    public void With_groups_evaluates_the_same_predictions_under_another_grouping()
    {
        PredictionSet byDiagnosis = Build.Labelled(Build.Dermoscopy, "mel", ("mel", "mel", "mel"), ("nev", "mel", "nev"), ("nev", "nev", "nev"));

        PredictionSet bySex = byDiagnosis.WithGroups(["F", "F", "M"]);

        Assert.Equal(["F", "M"], bySex.Groups);
        Assert.Equal(byDiagnosis.Rows.Select(row => row.Cluster), bySex.Rows.Select(row => row.Cluster));
        Assert.Equal(0.5, MetricFrame.Compute(bySex, [ClassificationMetrics.Accuracy]).ByGroup[0].Values["accuracy"], 12);
    }
}
