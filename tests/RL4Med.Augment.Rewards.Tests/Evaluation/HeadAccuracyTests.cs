using RL4Med.Augment.Rewards.Evaluation;
using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Rewards.Tests.Support;

namespace RL4Med.Augment.Rewards.Tests.Evaluation;

public class HeadAccuracyTests
{
    private const int U = AttributeHeads.Unknown;

    [Fact]
    public void ScoresEachHeadOnKnownLabelsWithAccuracyAndBalancedAccuracy()
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

        Assert.Equal(new HeadScore("diagnosis", 4, 0.75, (1.0 + 0.5) / 2), scores[0]);
        Assert.Equal(new HeadScore("hair", 3, 2.0 / 3, (1.0 + 0.5) / 2), scores[1]);
        Assert.Equal(new HeadScore("ink", 1, 1.0, 1.0), scores[2]);
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
