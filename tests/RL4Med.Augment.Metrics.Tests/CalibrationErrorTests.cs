using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class CalibrationErrorTests
{
    [Fact]
    public void Ece_weights_each_bins_accuracy_confidence_gap_by_its_share_of_rows()
    {
        PredictionSet set = new(Build.Dermoscopy, "mel",
        [
            // bin (0.9, 1]: confidences 0.95 (right) and 0.92 (wrong): |0.5 - 0.935| * 2/5 = 0.174
            new PredictionRow("nev", "nev", [0.95f, 0.05f], "g", "1"),
            new PredictionRow("mel", "nev", [0.92f, 0.08f], "g", "2"),
            // bin (0.6, 0.7]: confidences 0.65 (right) and 0.62 (wrong): |0.5 - 0.635| * 2/5 = 0.054
            new PredictionRow("mel", "mel", [0.35f, 0.65f], "g", "3"),
            new PredictionRow("nev", "mel", [0.38f, 0.62f], "g", "4"),
            // bin (0.7, 0.8]: confidence 0.75 (right): |1 - 0.75| * 1/5 = 0.05
            new PredictionRow("mel", "mel", [0.25f, 0.75f], "g", "5"),
        ]);

        Assert.Equal(0.278, ClassificationMetrics.ExpectedCalibrationError.Evaluate(set), 6);
    }

    [Fact]
    public void Ece_judges_the_highest_score_not_the_given_prediction()
    {
        // The predicted label says mel, but the scores say nev with confidence 1 and nev is right: perfectly calibrated.
        PredictionSet set = new(Build.Dermoscopy, "mel", [new PredictionRow("nev", "mel", [1f, 0f], "g", "1")]);

        Assert.Equal(0, ClassificationMetrics.ExpectedCalibrationError.Evaluate(set), 12);
    }
}
