using RL4Med.Augment.Torch.Layers;
using RL4Med.Augment.Diffusion.Benchmarks;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Tests.Support;
using TorchSharp;

namespace RL4Med.Augment.Diffusion.Tests.Benchmarks;

public class FlopCounterTests
{
    [Fact]
    public void CountsConvolutionAndLinearMultiplyAddsFromTheirShapes()
    {
        using var conv = new AlignedConv2d(3, 4, 3, padding: 1);
        using var linear = torch.nn.Linear(4, 5);
        using var images = torch.randn(2, 3, 8, 8);
        using var rows = torch.randn(2, 7, 4);

        // 2 images x (4 x 8 x 8) outputs, each 3 x 3 x 3 multiply-adds.
        Assert.Equal(2L * (2 * 4 * 8 * 8) * 27, FlopCounter.CountForward(conv, () => conv.call(images)));
        // 2 x 7 rows x 5 outputs, each 4 multiply-adds.
        Assert.Equal(2L * (2 * 7 * 5) * 4, FlopCounter.CountForward(linear, () => linear.call(rows)));
    }

    [Fact]
    public void CountsAttentionProjectionsAndBothMatrixProducts()
    {
        using var attention = new Attention("attention", queryWidth: 8, contextWidth: 6, heads: 2);
        using var tokens = torch.randn(1, 5, 8);
        using var context = torch.randn(1, 3, 6);

        var flops = FlopCounter.CountForward(attention, () => attention.call(tokens, context, null));

        var projections = 2 * (5 * 8 * 8) + 2 * 2 * (3 * 8 * 6) + 2 * (5 * 8 * 8); // q, k and v, out
        var products = 2 * 2 * (5 * 3 * 8);
        Assert.Equal(projections + products, flops);
    }

    [Fact]
    public void GeneratorForwardCountIsPerImageAndGrowsWithResolution()
    {
        using var small = TinyGenerator.Model(16);
        using var large = TinyGenerator.Model(32);

        var at16 = FlopCounter.GeneratorForwardPerImage(small);
        var at32 = FlopCounter.GeneratorForwardPerImage(large);

        // Convolutions scale with the pixel count (x4), attention over pixels faster, the text encoder not at all.
        Assert.InRange(at32 / (double)at16, 3.5, 6.0);
    }
}
