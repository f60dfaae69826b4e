using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Rewards.RewardModels;

namespace RL4Med.Augment.Rewards.Tests.RewardModels;

public class RewardModelCardTests
{
    private static ModelValidation Model(int seed, string backbone) =>
        new(seed, [16, 32], 100, 80, 12.4, [new HeadScore("hair", 40, 0.9, 0.85, 0.912)], backbone);

    [Fact]
    public void A_frozen_ResNet18_pair_says_it_shares_the_ImageNet_network_and_nothing_trained()
    {
        var report = new RewardValidationReport(EvaluatorData.DisjointHalves, Model(7, AttributeBackbones.ResNet18), Model(1007, AttributeBackbones.ResNet18));

        string card = RewardModelCard.Markdown(report);

        Assert.Contains("disjoint halves of the training lesions and share the frozen ImageNet ResNet-18", card);
        Assert.Contains("nothing trained here is shared", card);
        Assert.Contains("Frozen ImageNet ResNet-18 features (512), standardised, one linear layer per head; seed 1007; 100 training images of 80 lesions", card);
        Assert.Contains("| hair | 40 | 0.900 | 0.850 | 0.912 |", card);
    }

    [Fact]
    public void A_CNN_pair_shares_no_weights()
    {
        var report = new RewardValidationReport(EvaluatorData.SameData, Model(7, AttributeBackbones.Cnn), Model(1007, AttributeBackbones.Cnn));

        string card = RewardModelCard.Markdown(report);

        Assert.Contains("They learned from the same training images and share no weights", card);
        Assert.Contains("Residual CNN trained here (stage widths 16, 32)", card);
    }
}
