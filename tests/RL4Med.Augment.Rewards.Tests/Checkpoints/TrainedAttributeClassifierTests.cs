using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Rewards.Checkpoints;
using RL4Med.Augment.Rewards.Tests.Support;
using RL4Med.Augment.Rewards.Tests.Training;
using RL4Med.Augment.Rewards.Training;

namespace RL4Med.Augment.Rewards.Tests.Checkpoints;

public class TrainedAttributeClassifierTests
{
    [Fact]
    public void ALoadedClassifierPredictsExactlyWhatTheSavedOneDid()
    {
        using var folder = new TemporaryDirectory();
        var heads = TestConfig.ImageHeads();
        var options = AttributeClassifierTrainerTests.Tiny with { Epochs = 1 };
        using var trained = new AttributeClassifierTrainer(options).Train(SyntheticImages.Create(heads, 32, seed: 1), SyntheticImages.Create(heads, 12, seed: 2));
        using var images = SyntheticImages.Create(heads, 12, seed: 3).ImageTensor();
        string saved = Path.Combine(folder.Path, "reward");

        Assert.False(TrainedAttributeClassifier.IsComplete(saved));
        trained.Save(saved);
        Assert.True(TrainedAttributeClassifier.IsComplete(saved));
        using var loaded = TrainedAttributeClassifier.Load(saved);

        Assert.Equal(trained.Model.FeatureMatrix(images), loaded.Model.FeatureMatrix(images));
        var before = trained.Model.Predict(images);
        var after = loaded.Model.Predict(images);
        for (int i = 0; i < 12; i++)
            for (int h = 0; h < heads.Count; h++)
                for (int c = 0; c < heads[h].Values.Count; c++)
                    Assert.Equal(before.ProbabilityOf(i, h, c), after.ProbabilityOf(i, h, c));
        Assert.Equal(heads.Select(h => (h.Name, h.Kind, string.Join(",", h.Values))), loaded.Model.Heads.Select(h => (h.Name, h.Kind, string.Join(",", h.Values))));
        Assert.Equal(options, loaded.Options with { Widths = options.Widths, Attributes = options.Attributes });
        Assert.Equal(options.Widths, loaded.Options.Widths);
        Assert.Equal(trained.Validation, loaded.Validation);
        Assert.Equal(32, loaded.TrainImages);
    }

    [Fact]
    public void AFolderWithoutTheSidecarIsIncomplete()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, TrainedAttributeClassifier.WeightsFileName), new byte[] { 1 });

        Assert.False(TrainedAttributeClassifier.IsComplete(folder.Path));
        Assert.Throws<FileNotFoundException>(() => TrainedAttributeClassifier.Load(folder.Path));
    }
}
