using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Rewards.Tests.Support;
using RL4Med.Augment.Rewards.Training;
using RL4Med.Augment.Torch.Vision;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Rewards.Tests.Training;

public class AttributeLossTests
{
    private const int U = AttributeHeads.Unknown;

    [Fact]
    public void AHeadWithOnlyUnknownLabelsGetsNoGradient()
    {
        torch.manual_seed(1);
        var heads = TestConfig.ImageHeads();
        using var model = new AttributeClassifier(heads, new ResidualCnnOptions { Widths = new[] { 8 }, BlocksPerStage = 1 });
        using var loss = new AttributeLoss(heads, ClassBalance.Compute(heads, new[] { new[] { 0, 1, 0 }, new[] { 1, 0, 1 } }), CPU);
        using var images = torch.rand(4, 3, 16, 16) * 2 - 1;
        // ink (head 2) is unknown for every image.
        using var labels = torch.tensor(new long[] { 0, 1, U, 2, 0, U, 1, 1, U, 0, 0, U }, new long[] { 4, 3 });

        loss.Compute(model.forward(images), labels).backward();

        Assert.Equal(0f, model.Head(2).weight!.grad!.abs().sum().item<float>());
        Assert.Equal(0f, model.Head(2).bias!.grad!.abs().sum().item<float>());
        Assert.True(model.Head(0).weight!.grad!.abs().sum().item<float>() > 0);
        Assert.True(model.Head(1).weight!.grad!.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void AveragesEachHeadOverItsKnownLabelsOnly()
    {
        var heads = new AttributeHeads(new[] { new AttributeHead("hair", Data.Configuration.AttributeKind.Binary, AttributeHead.BinaryValues) });
        using var loss = new AttributeLoss(heads, balance: null, CPU);
        using var logits = torch.tensor(new[] { 2f, 50f, -1f, -50f }, new long[] { 4, 1 });
        using var labels = torch.tensor(new long[] { 1, U, 0, U }, new long[] { 4, 1 });

        float value = loss.Compute(logits, labels).item<float>();

        // Mean binary cross-entropy of the two known images; the extreme logits of the unknown ones do not count.
        double expected = (Math.Log(1 + Math.Exp(-2)) + Math.Log(1 + Math.Exp(-1))) / 2;
        Assert.Equal(expected, value, 5);
    }

    [Fact]
    public void WeighsClassesByInverseFrequency()
    {
        var heads = TestConfig.ImageHeads();
        var labels = new[]
        {
            new[] { 0, 1, 0 }, new[] { 0, 0, 0 }, new[] { 0, 0, 0 }, new[] { 1, 0, U },
        };

        var balance = ClassBalance.Compute(heads, labels);

        // diagnosis: 3 mel, 1 nv, no bkl -> n / (2 classes present x n_c); an absent class is never a target: weight 0.
        Assert.Equal(new[] { 4f / 6, 2f, 0f }, balance.ClassWeights(0));
        Assert.Equal(3f, balance.PositiveWeight(1));  // hair: 3 negatives per positive
        Assert.Equal(1f, balance.PositiveWeight(2));  // ink: no positive, nothing to balance
    }

    [Fact]
    public void ClassWeightsChangeTheLossOfRareClasses()
    {
        var heads = new AttributeHeads(new[] { new AttributeHead("hair", Data.Configuration.AttributeKind.Binary, AttributeHead.BinaryValues) });
        var balance = ClassBalance.Compute(heads, new[] { new[] { 1 }, new[] { 0 }, new[] { 0 }, new[] { 0 } });
        using var plain = new AttributeLoss(heads, null, CPU);
        using var weighted = new AttributeLoss(heads, balance, CPU);
        using var logits = torch.zeros(1, 1);
        using var positive = torch.tensor(new long[] { 1 }, new long[] { 1, 1 });

        Assert.Equal(3 * plain.Compute(logits, positive).item<float>(), weighted.Compute(logits, positive).item<float>(), 5);
    }
}
