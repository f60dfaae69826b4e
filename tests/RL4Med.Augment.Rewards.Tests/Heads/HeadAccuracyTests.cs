using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Rewards.Tests.Support;

namespace RL4Med.Augment.Rewards.Tests.Heads;

public class HeadAccuracyTests
{
    private const int U = AttributeHeads.Unknown;

    [Fact]
    public void ScoresEachHeadOnKnownLabelsWithAccuracyBalancedAccuracyAndAuc()
    {
        var heads = TestConfig.ImageHeads();
        // Predicted: mel, mel, nv, mel (diagnosis); hair 1, 0, 0, 1; ink 0, 0, 0, 0.
        var prediction = new AttributePrediction(heads, new float[,]
        {
            { 0.8f, 0.1f, 0.1f, 0.9f, 0.1f },
            { 0.6f, 0.3f, 0.1f, 0.2f, 0.2f },
            { 0.1f, 0.8f, 0.1f, 0.4f, 0.3f },
            { 0.5f, 0.4f, 0.1f, 0.7f, 0.4f },
        });
        var labels = new[]
        {
            new[] { 0, 1, 0 }, new[] { 0, 1, U }, new[] { 1, 0, U }, new[] { 1, U, U },
        };

        var scores = HeadAccuracy.Measure(prediction, labels);

        // Diagnosis AUC: mean of one-vs-rest over the classes present (mel: 0.8, 0.6 above 0.1, 0.5; nv: 0.8, 0.4 above
        // 0.1, 0.3). Hair: P(hair) 0.9 and 0.2 for the two with hair against 0.4 without: one pair of two won.
        // Ink: one class only, no AUC.
        Assert.Equal(new HeadScore("diagnosis", 4, 0.75, (1.0 + 0.5) / 2, 1.0), scores[0]);
        Assert.Equal(new HeadScore("hair", 3, 2.0 / 3, (1.0 + 0.5) / 2, 0.5), scores[1]);
        Assert.Equal(new HeadScore("ink", 1, 1.0, 1.0, null), scores[2]);
    }

    [Fact]
    public void AHeadWithoutKnownLabelsHasNoScore()
    {
        var heads = TestConfig.ImageHeads();
        var prediction = new AttributePrediction(heads, new float[,] { { 0.8f, 0.1f, 0.1f, 0.9f, 0.1f } });

        var scores = HeadAccuracy.Measure(prediction, new[] { new[] { 0, U, 1 } });

        Assert.Equal(new HeadScore("hair", 0, null, null), scores[1]);
    }
}
