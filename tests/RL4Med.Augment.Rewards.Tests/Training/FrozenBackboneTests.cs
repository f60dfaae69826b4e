using RL4Med.Augment.Rewards.Checkpoints;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Rewards.Tests.Support;
using RL4Med.Augment.Rewards.Training;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Rewards.Tests.Training;

public class FrozenBackboneTests
{
    private static readonly AttributeClassifierOptions FrozenResNet18 = AttributeClassifierTrainerTests.Tiny with
    {
        Backbone = AttributeBackbones.ResNet18,
        Epochs = 30,
        LearningRate = 3e-3,
    };

    [Fact]
    public void Heads_on_frozen_ResNet18_features_learn_the_synthetic_attributes()
    {
        using var folder = new TemporaryDirectory();
        var heads = TestConfig.ImageHeads();
        var train = SyntheticImages.Create(heads, 64, seed: 1);
        var validation = SyntheticImages.Create(heads, 32, seed: 2);

        using var trained = new AttributeClassifierTrainer(FrozenResNet18, folder.File("resnet18.bin")).Train(train, validation);

        Assert.Equal(AttributeBackbones.ResNet18, trained.Model.Backbone);
        Assert.Equal(["diagnosis", "hair", "ink"], trained.Validation.Select(s => s.Name));
        foreach (var score in trained.Validation)
        {
            Assert.True(score.BalancedAccuracy >= 0.9, $"{score.Name}: balanced accuracy {score.BalancedAccuracy}");
            Assert.True(score.Auc >= 0.95, $"{score.Name}: AUC {score.Auc}");
        }
        Assert.True(File.Exists(folder.File("resnet18.bin")), "the training and validation images' features are cached");
    }

    [Fact]
    public void A_saved_frozen_backbone_classifier_reloads_with_its_standardisation_and_predicts_the_same()
    {
        using var folder = new TemporaryDirectory();
        var heads = TestConfig.ImageHeads();
        using var trained = new AttributeClassifierTrainer(FrozenResNet18 with { Epochs = 2 }).Train(SyntheticImages.Create(heads, 24, seed: 1));
        using var images = SyntheticImages.Create(heads, 6, seed: 3).ImageTensor();
        string saved = folder.File("reward");

        trained.Save(saved);
        using var loaded = TrainedAttributeClassifier.Load(saved);

        Assert.Equal(AttributeBackbones.ResNet18, loaded.Options.Backbone);
        Assert.Equal(trained.Model.FeatureMatrix(images), loaded.Model.FeatureMatrix(images));
        var (before, after) = (trained.Model.Predict(images), loaded.Model.Predict(images));
        for (int i = 0; i < 6; i++)
            for (int h = 0; h < heads.Count; h++)
                Assert.Equal(before.ProbabilityOf(i, h, 1), after.ProbabilityOf(i, h, 1));
    }
}
