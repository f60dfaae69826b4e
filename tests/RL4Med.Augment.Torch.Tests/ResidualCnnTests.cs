using RL4Med.Augment.Torch.Layers;
using RL4Med.Augment.Torch.Vision;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Torch.Tests;

public class ResidualCnnTests
{
    [Fact]
    public void GroupNormStartsAsWeightOneBiasZero()
    {
        using var norm = Norms.GroupNorm(4, 8);
        Assert.Equal(8f, norm.weight!.sum().item<float>());
        Assert.Equal(0f, norm.bias!.abs().sum().item<float>());
    }

    [Theory]
    [InlineData(64, 8, 8)]
    [InlineData(48, 8, 8)]
    [InlineData(12, 8, 6)]
    [InlineData(7, 8, 7)]
    public void GroupsForDividesTheChannels(int channels, int preferred, int expected) =>
        Assert.Equal(expected, Norms.GroupsFor(channels, preferred));

    [Fact]
    public void MapsImagesToPooledFeaturesAndLearnsASimpleTask()
    {
        torch.manual_seed(3);
        using var cnn = new ResidualCnn(new ResidualCnnOptions { Widths = new[] { 8, 16 }, BlocksPerStage = 1, Dropout = 0 });
        using var head = nn.Linear(cnn.FeatureWidth, 2);
        // Bright vs dark images: a two-class problem any CNN must solve in a few steps.
        using var bright = torch.rand(8, 3, 16, 16) * 0.5 + 0.5;
        using var dark = torch.rand(8, 3, 16, 16) * 0.5 - 1.0;
        using var images = torch.cat(new[] { bright, dark });
        using var labels = torch.cat(new[] { torch.ones(8, ScalarType.Int64), torch.zeros(8, ScalarType.Int64) });
        var parameters = cnn.parameters().Concat(head.parameters());
        using var optimizer = optim.AdamW(parameters, lr: 1e-2);
        float first = 0, last = 0;
        for (int step = 0; step < 30; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var features = cnn.forward(images);
            Assert.Equal(new long[] { 16, 16 }, features.shape);
            var loss = nn.functional.cross_entropy(head.forward(features), labels);
            loss.backward();
            optimizer.step();
            if (step == 0) first = loss.item<float>();
            last = loss.item<float>();
        }
        Assert.True(last < first * 0.2, $"loss {first} -> {last}");
    }

    [Fact]
    public void FeatureMapKeepsSpaceAndItsMeanIsTheForwardOutput()
    {
        torch.manual_seed(2);
        using var cnn = new ResidualCnn(new ResidualCnnOptions { Widths = new[] { 8, 16 }, BlocksPerStage = 2 });
        cnn.eval();
        using var images = torch.rand(3, 3, 16, 16) * 2 - 1;
        using var map = cnn.FeatureMap(images);
        using var pooled = cnn.forward(images);
        Assert.Equal(new long[] { 3, 16, 8, 8 }, map.shape);
        Assert.True(torch.allclose(map.mean(new long[] { 2, 3 }), pooled, rtol: 1e-5, atol: 1e-6));
    }
}
