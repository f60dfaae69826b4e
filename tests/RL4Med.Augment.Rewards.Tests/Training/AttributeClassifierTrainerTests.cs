using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Images;
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

    [Fact]
    public void TheSameSeedGivesTheSameWeightsAndAnotherSeedOthers()
    {
        var heads = TestConfig.ImageHeads();
        var train = SyntheticImages.Create(heads, 32, seed: 1);
        var options = Tiny with { Epochs = 1, Dropout = 0.2 };
        using var images = SyntheticImages.Create(heads, 8, seed: 3).ImageTensor();

        float[,] Features(AttributeClassifierOptions o)
        {
            using var trained = new AttributeClassifierTrainer(o).Train(train);
            return trained.Model.FeatureMatrix(images);
        }

        var first = Features(options);
        Assert.Equal(first, Features(options));
        Assert.NotEqual(first, Features(options with { Seed = options.Seed + 1 }));
    }

    [Fact]
    public void LearnsFromImagesWithUnknownLabels()
    {
        var heads = TestConfig.ImageHeads();
        var complete = SyntheticImages.Create(heads, 192, seed: 1);
        // Hide the hair label of every other image: hair must still be learned from the rest.
        var partly = new LabelledImages(heads, ToArray(complete), 3, SyntheticImages.Size,
            complete.Labels.Select((l, i) => i % 2 == 0 ? l : new[] { l[0], AttributeHeads.Unknown, l[2] }).ToList());

        using var trained = new AttributeClassifierTrainer(Tiny).Train(partly, SyntheticImages.Create(heads, 96, seed: 2));

        Assert.True(trained.Validation[1].Accuracy >= 0.9, $"hair: {trained.Validation[1].Accuracy}");
    }

    [Fact]
    public void TheRewardOfAnImagesTrueTargetBeatsThatOfAWrongOne()
    {
        var heads = TestConfig.ImageHeads();
        using var trained = new AttributeClassifierTrainer(Tiny).Train(SyntheticImages.Create(heads, 192, seed: 1));
        var test = SyntheticImages.Create(heads, 48, seed: 4);
        using var images = test.ImageTensor();
        var truth = test.Labels.Select(l => Target(heads, l)).ToList();
        var wrong = test.Labels.Select(l => Target(heads, new[] { (l[0] + 1) % 3, 1 - l[1], 1 - l[2] })).ToList();
        var reward = new AttributeReward(trained.Model, RewardMode.Soft);

        Assert.True(reward.Score(images, truth).Average() > 0.85);
        Assert.True(reward.Score(images, wrong).Average() < 0.15);
    }

    private static AttributeTarget Target(AttributeHeads heads, int[] labels) =>
        new(Enumerable.Range(0, heads.Count).ToDictionary(h => heads[h].Name, h => heads[h].Values[labels[h]]));

    private static float[] ToArray(LabelledImages images)
    {
        using var tensor = images.ImageTensor();
        return tensor.data<float>().ToArray();
    }
}
