using RL4Med.Augment.Metrics;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Metrics.Tests;

/// <summary>
/// ECE against the standard top-label definition with 10 equal-width bins (lo, hi] (Guo et al. 2017), written out in
/// numpy (tests/Shared/Reference; scikit-learn has no ECE): 40 rows of three classes, drawn to be partly calibrated.
/// </summary>
public class CalibrationErrorReferenceTests
{
    [Fact]
    public void Ece_is_the_standard_top_label_ece_computed_independently()
    {
        var reference = ReferenceValues.Section<EceReference>("ece");
        PredictionSet set = ReferenceSets.FromScores(reference.Classes, reference.Classes[0], reference.Truth, reference.Scores);

        Assert.Equal(reference.Ece, ClassificationMetrics.ExpectedCalibrationError.Evaluate(set), 12);
    }

    private sealed record EceReference(string[] Classes, double[][] Scores, int[] Truth, double Ece);
}
