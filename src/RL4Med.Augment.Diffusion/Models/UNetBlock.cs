using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>One step of a U-Net level: a residual block, followed by a spatial transformer at attended levels.</summary>
public sealed class UNetBlock : nn.Module<Tensor, Tensor, TextEncoding, Tensor>
{
    private readonly ResidualBlock residual;
    private readonly SpatialTransformer? attention;

    /// <summary>Creates the block; <paramref name="attention"/> is null at levels without attention.</summary>
    public UNetBlock(string name, ResidualBlock residual, SpatialTransformer? attention) : base(name)
    {
        this.residual = residual;
        this.attention = attention;
        RegisterComponents();
    }

    /// <summary>Applies the block; <paramref name="activatedEmbedding"/> is the SiLU of the conditioning embedding.</summary>
    public override Tensor forward(Tensor x, Tensor activatedEmbedding, TextEncoding text)
    {
        var h = residual.call(x, activatedEmbedding);
        return attention is null ? h : attention.call(h, text);
    }
}
