using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Torch.Vision;
using TorchSharp;

namespace RL4Med.Augment.Rewards.Tests.Model;

public class BackboneFeatureMapTests
{
    [Fact]
    public void ItsSpatialMeanIsWhatResidualCnnReturns()
    {
        // Guards the re-run of ResidualCnn's parts: if its forward changes, this fails.
        torch.manual_seed(2);
        using var backbone = new ResidualCnn(new ResidualCnnOptions { Widths = new[] { 8, 16 }, BlocksPerStage = 2 });
        backbone.eval();
        using var images = torch.rand(3, 3, 16, 16) * 2 - 1;

        using var map = new BackboneFeatureMap(backbone).Of(images);
        using var pooled = backbone.forward(images);

        Assert.Equal(new long[] { 3, 16, 8, 8 }, map.shape);
        Assert.True(torch.allclose(map.mean(new long[] { 2, 3 }), pooled, rtol: 1e-5, atol: 1e-6));
    }
}
