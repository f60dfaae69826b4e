using RL4Med.Augment.Rewards.RewardModels;
using RL4Med.Augment.Rewards.Training;

namespace RL4Med.Augment.Rewards.Tests.RewardModels;

public class RewardModelPairOptionsTests
{
    [Fact]
    public void TheEvaluatorHasAnotherSeedAndWiderStagesButTheSameTraining()
    {
        var options = new RewardModelPairOptions { Reward = new AttributeClassifierOptions { Seed = 7, Widths = new[] { 32, 64, 128 }, Epochs = 3 } };

        var evaluator = options.EvaluatorOptions();

        Assert.Equal(1007, evaluator.Seed);
        Assert.Equal(new[] { 48, 96, 192 }, evaluator.Widths);
        Assert.Equal(options.Reward with { Seed = evaluator.Seed, Widths = evaluator.Widths }, evaluator);
    }

    [Fact]
    public void RefusesAnEvaluatorThatSharesTheRewardModelsSeed()
    {
        Assert.Throws<ArgumentException>(() => new RewardModelPairOptions { EvaluatorSeedOffset = 0 }.Validate());
    }
}
