using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>
/// GroupNorm-SiLU-conv, plus the conditioning embedding projected to a per-channel bias, then
/// GroupNorm-SiLU-dropout-conv, added to the (1x1-projected when widths differ) input.
/// </summary>
public sealed class ResidualBlock : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly GroupNorm inputNorm;
    private readonly AlignedConv2d inputConv;
    private readonly Linear embeddingProjection;
    private readonly GroupNorm outputNorm;
    private readonly Dropout dropout;
    private readonly AlignedConv2d outputConv;
    private readonly AlignedConv2d? skipProjection;

    /// <summary>Creates a block from <paramref name="inputChannels"/> to <paramref name="outputChannels"/>.</summary>
    public ResidualBlock(string name, long inputChannels, long outputChannels, long embeddingWidth, GeneratorModelOptions options) : base(name)
    {
        inputNorm = Norms.GroupNorm(options.NormGroups, inputChannels);
        inputConv = new AlignedConv2d(inputChannels, outputChannels, 3, padding: 1);
        embeddingProjection = nn.Linear(embeddingWidth, outputChannels);
        outputNorm = Norms.GroupNorm(options.NormGroups, outputChannels);
        dropout = nn.Dropout(options.Dropout);
        outputConv = Initialization.Zeroed(new AlignedConv2d(outputChannels, outputChannels, 3, padding: 1));
        skipProjection = inputChannels == outputChannels ? null : new AlignedConv2d(inputChannels, outputChannels, 1);
        RegisterComponents();
    }

    /// <summary>
    /// Applies the block to <paramref name="x"/> [B, C, H, W]; <paramref name="activatedEmbedding"/> [B, E] is the
    /// conditioning embedding already passed through SiLU (done once per forward pass, not per block).
    /// </summary>
    public override Tensor forward(Tensor x, Tensor activatedEmbedding)
    {
        var h = inputConv.call(F.silu(inputNorm.call(x)));
        h = h + embeddingProjection.call(activatedEmbedding).unsqueeze(-1).unsqueeze(-1);
        h = outputConv.call(dropout.call(F.silu(outputNorm.call(h))));
        return (skipProjection?.call(x) ?? x) + h;
    }
}
