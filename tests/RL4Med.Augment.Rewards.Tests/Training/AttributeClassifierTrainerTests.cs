using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Reward;
using RL4Med.Augment.Rewards.Tests.Support;
using RL4Med.Augment.Rewards.Training;

namespace RL4Med.Augment.Rewards.Tests.Training;

public class AttributeClassifierTrainerTests
{
    internal static readonly AttributeClassifierOptions Tiny = new()
    {
        Widths = new[] { 8, 16 },
        Epochs = 8,
        BatchSize = 16,
        LearningRate = 1e-2,
        Dropout = 0,
        Device = "cpu",
        Seed = 5,
    };

    [Fact]
    public void LearnsSeparableSyntheticImagesPerHead()
    {
        var heads = TestConfig.ImageHeads();
        var train = SyntheticImages.Create(heads, 192, seed: 1);
        var validation = SyntheticImages.Create(heads, 96, seed: 2);
        var epochs = new List<int>();

        using var trained = new AttributeClassifierTrainer(Tiny).Train(train, validation, p => epochs.Add(p.Epoch));

        Assert.Equal(Enumerable.Range(1, Tiny.Epochs), epochs);
        Assert.Equal(new[] { "diagnosis", "hair", "ink" }, trained.Validation.Select(s => s.Name));
        foreach (var score in trained.Validation)
        {
            Assert.Equal(96, score.Scored);
            Assert.True(score.Accuracy >= 0.9, $"{score.Name}: validation accuracy {score.Accuracy}");
            Assert.True(score.BalancedAccuracy >= 0.85, $"{score.Name}: balanced accuracy {score.BalancedAccuracy}");
        }
    }
}
