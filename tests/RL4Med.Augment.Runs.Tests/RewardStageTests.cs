using RL4Med.Augment.Rewards.RewardModels;
using RL4Med.Augment.Runs.Generation;

namespace RL4Med.Augment.Runs.Tests;

public class RewardStageTests
{
    [Fact]
    public void TrainsRewardModelAndEvaluatorOnDisjointLesionsAndReportsEveryHead()
    {
        using var run = new TinyRun();
        var stage = new RewardStage(run.Config, run.Layout);
        Assert.False(stage.IsComplete);

        var report = stage.Run("cpu");

        Assert.True(stage.IsComplete);
        Assert.Equal(new[] { "diagnosis", "hair", "ink", "skin_type" }, report.Reward.Heads.Select(h => h.Name));
        Assert.Equal(report.Reward.Heads.Select(h => h.Name), report.Evaluator.Heads.Select(h => h.Name));
        Assert.Equal(EvaluatorData.DisjointHalves, report.Data);
        Assert.NotEqual(report.Reward.Seed, report.Evaluator.Seed);
        Assert.NotEqual(report.Reward.Widths, report.Evaluator.Widths);
        // Accuracy is a count of correct validation images over the scored ones: a whole number of images.
        Assert.All(report.Reward.Heads.Where(h => h.Scored > 0), h => Assert.Equal(Math.Round(h.Accuracy!.Value * h.Scored), h.Accuracy.Value * h.Scored, 6));
        Assert.Contains(report.Reward.Heads, h => h.Name == "diagnosis" && h.Scored > 0);
        using var pair = RewardModelPair.Load(run.Layout.Reward);
        Assert.Equal(4, pair.Reward.Model.Heads.Count);
    }
}
