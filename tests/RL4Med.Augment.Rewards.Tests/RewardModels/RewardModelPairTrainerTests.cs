using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Rewards.RewardModels;
using RL4Med.Augment.Rewards.Tests.Support;
using RL4Med.Augment.Rewards.Tests.Training;

namespace RL4Med.Augment.Rewards.Tests.RewardModels;

public class RewardModelPairTrainerTests
{
    private static readonly RewardModelPairOptions Options = new()
    {
        Reward = AttributeClassifierTrainerTests.Tiny with { Epochs = 1, Attributes = new[] { "diagnosis", "hair", "ink" } },
    };

    [Fact]
    public void TrainsTheEvaluatorWithAnotherSeedWidthAndLesionsAndWritesACompleteStage()
    {
        using var folder = new TemporaryDirectory();
        var manifest = TinyManifest.Write(Path.Combine(folder.Path, "data"), trainLesions: 24, validationImages: 12);
        string stage = Path.Combine(folder.Path, "rewards");
        var progress = new List<string>();

        Assert.False(RewardModelPair.IsComplete(stage));
        using (var pair = RewardModelPairTrainer.Train(TestConfig.Create(), manifest, stage, Options, (name, p) => progress.Add($"{name} {p.Epoch}")))
        {
            Assert.NotEqual(pair.Reward.Options.Seed, pair.Evaluator.Options.Seed);
            Assert.Equal(new[] { 16, 24 }, pair.Evaluator.Options.Widths);
        }
        Assert.True(RewardModelPair.IsComplete(stage));
        Assert.Equal(new[] { "reward 1", "evaluator 1" }, progress);

        var report = RewardValidationReport.Read(stage);
        Assert.Equal(EvaluatorData.DisjointHalves, report.Data);
        Assert.Equal(48, report.Reward.TrainImages + report.Evaluator.TrainImages);
        Assert.Equal(24, report.Reward.TrainLesions + report.Evaluator.TrainLesions);
        Assert.Equal(new[] { 8, 16 }, report.Reward.Widths);
        Assert.Equal(new[] { 16, 24 }, report.Evaluator.Widths);
        foreach (var model in new[] { report.Reward, report.Evaluator })
        {
            Assert.Equal(new[] { "diagnosis", "hair", "ink" }, model.Heads.Select(h => h.Name));
            Assert.All(model.Heads, h => Assert.Equal(12, h.Scored));
        }

        using var loaded = RewardModelPair.Load(stage);
        Assert.Equal(report.Evaluator.Seed, loaded.Evaluator.Options.Seed);
    }

    [Fact]
    public void SameDataTrainsBothModelsOnEveryRealTrainingImage()
    {
        using var folder = new TemporaryDirectory();
        var manifest = TinyManifest.Write(Path.Combine(folder.Path, "data"), trainLesions: 12, validationImages: 6, generatedImages: 3);
        string stage = Path.Combine(folder.Path, "rewards");

        using var pair = RewardModelPairTrainer.Train(TestConfig.Create(), manifest, stage, Options with { Data = EvaluatorData.SameData });

        var report = RewardValidationReport.Read(stage);
        Assert.Equal(EvaluatorData.SameData, report.Data);
        // 24 real images; the 3 generated ones are never used to train a judge of generated images.
        Assert.Equal((24, 24), (report.Reward.TrainImages, report.Evaluator.TrainImages));
    }

    [Fact]
    public void TrainsOnAGivenSubsetOfRows()
    {
        using var folder = new TemporaryDirectory();
        var manifest = TinyManifest.Write(Path.Combine(folder.Path, "data"), trainLesions: 12, validationImages: 6);
        var subset = manifest.Split(SplitNames.Train).Take(10).ToList();

        using var pair = RewardModelPairTrainer.Train(TestConfig.Create(), manifest, Path.Combine(folder.Path, "rewards"),
            Options with { Data = EvaluatorData.SameData }, trainRows: subset);

        Assert.Equal(10, pair.Reward.TrainImages);
    }
}
