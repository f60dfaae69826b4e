using RL4Med.Augment.Metrics;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Metrics.Tests;

/// <summary>AUC on scores with many ties against scikit-learn's <c>roc_auc_score</c> (tests/Shared/Reference).</summary>
public class AucReferenceTests
{
    private static readonly AucReference Reference = ReferenceValues.Section<AucReference>("auc");

    [Fact]
    public void Auc_of_tied_scores_is_scikit_learns_roc_auc_score()
    {
        float[] scores = Reference.Binary.Scores.Select(s => (float)s).ToArray();

        Assert.Equal(Reference.Binary.Auc, RankAuc.Of(scores, Reference.Binary.Positive), 12);
    }

    [Fact]
    public void Each_classs_auc_and_their_macro_mean_are_scikit_learns_one_vs_rest_values()
    {
        var three = Reference.ThreeClasses;
        PredictionSet set = ReferenceSets.FromScores(three.Classes, three.Classes[0], three.Truth, three.Scores);

        for (int c = 0; c < three.Classes.Length; c++)
            Assert.Equal(three.AucPerClass[c], ClassificationMetrics.Auc(three.Classes[c]).Evaluate(set), 12);
        Assert.Equal(three.MacroAuc, ClassificationMetrics.MacroAuc.Evaluate(set), 12);
    }

    private sealed record AucReference(BinaryAuc Binary, ThreeClassAuc ThreeClasses);

    private sealed record BinaryAuc(double[] Scores, bool[] Positive, double Auc);

    private sealed record ThreeClassAuc(string[] Classes, double[][] Scores, int[] Truth, double[] AucPerClass, double MacroAuc);
}
