using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class AucTests
{
    [Fact]
    public void Auc_is_the_share_of_positive_negative_pairs_ranked_right()
    {
        // positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of 4 pairs ranked right.
        PredictionSet set = Build.MelanomaScores([0.1f, 0.4f, 0.35f, 0.8f], ["nev", "nev", "mel", "mel"]);

        Assert.Equal(0.75, ClassificationMetrics.Auc("mel").Evaluate(set), 12);
    }

    [Fact]
    public void A_tied_pair_counts_one_half()
    {
        // 0.4 (mel) ties 0.4 (nev): pairs won 1 + 0.5 + 2 = 3.5 of 4.
        PredictionSet set = Build.MelanomaScores([0.1f, 0.4f, 0.4f, 0.8f], ["nev", "nev", "mel", "mel"]);

        Assert.Equal(0.875, ClassificationMetrics.Auc("mel").Evaluate(set), 12);
    }

    [Fact]
    public void Auc_of_the_other_class_uses_its_own_score()
    {
        // nev score = 1 - mel score, so the ranking reverses and nev AUC equals mel AUC.
        PredictionSet set = Build.MelanomaScores([0.1f, 0.4f, 0.35f, 0.8f], ["nev", "nev", "mel", "mel"]);

        Assert.Equal(0.75, ClassificationMetrics.Auc("nev").Evaluate(set), 6);
    }

    [Fact]
    public void Auc_is_NaN_when_the_class_is_absent()
    {
        PredictionSet noMelanoma = Build.MelanomaScores([0.1f, 0.4f], ["nev", "nev"]);

        Assert.True(double.IsNaN(ClassificationMetrics.Auc("mel").Evaluate(noMelanoma)));
        Assert.True(double.IsNaN(ClassificationMetrics.MacroAuc.Evaluate(noMelanoma)));
    }

    [Fact]
    public void Macro_auc_averages_the_classes_whose_auc_is_defined()
    {
        string[] classes = ["a", "b", "c"];
        // c never occurs, so only a and b have an AUC.
        PredictionSet set = new(classes, "a",
        [
            new PredictionRow("a", "a", [0.9f, 0.1f, 0.0f], "g", "1"),
            new PredictionRow("a", "a", [0.6f, 0.4f, 0.0f], "g", "2"),
            new PredictionRow("b", "b", [0.2f, 0.8f, 0.0f], "g", "3"),
            new PredictionRow("b", "a", [0.7f, 0.5f, 0.0f], "g", "4"),
        ]);

        // a score: a rows {0.9, 0.6} vs b rows {0.2, 0.7}: 0.9 beats both, 0.6 beats 0.2 -> 3/4.
        // b score: b rows {0.8, 0.5} vs a rows {0.1, 0.4}: all four pairs -> 1. Mean 7/8.
        Assert.True(double.IsNaN(ClassificationMetrics.Auc("c").Evaluate(set)));
        Assert.Equal(0.875, ClassificationMetrics.MacroAuc.Evaluate(set), 12);
    }
}
