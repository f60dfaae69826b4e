using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Torch.Tests;

public class TorchSharpLoadTests
{
    [Fact]
    public void SmallConvNetRunsForwardAndBackward()
    {
        torch.manual_seed(1);
        using var conv = nn.Conv2d(3, 4, 3, padding: 1);
        using var x = torch.randn(2, 3, 8, 8);
        using var y = conv.forward(x);
        using var loss = y.square().mean();
        loss.backward();
        Assert.Equal(new long[] { 2, 4, 8, 8 }, y.shape);
        Assert.NotNull(conv.weight!.grad);
        Assert.True(conv.weight.grad!.abs().sum().item<float>() > 0);
    }
}
