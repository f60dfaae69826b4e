using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>GroupNorm-SiLU-conv twice, added to the (1x1-projected when widths differ) input: the autoencoder's unconditioned residual block.</summary>
internal sealed class AutoencoderBlock : nn.Module<Tensor, Tensor>
{
    private readonly GroupNorm inputNorm;
    private readonly AlignedConv2d inputConv;
    private readonly GroupNorm outputNorm;
    private readonly AlignedConv2d outputConv;
    private readonly AlignedConv2d? skipProjection;

    public AutoencoderBlock(string name, long inputChannels, long outputChannels, int normGroups) : base(name)
    {
        inputNorm = Norms.GroupNorm(normGroups, inputChannels);
        inputConv = new AlignedConv2d(inputChannels, outputChannels, 3, padding: 1);
        outputNorm = Norms.GroupNorm(normGroups, outputChannels);
        outputConv = new AlignedConv2d(outputChannels, outputChannels, 3, padding: 1);
        skipProjection = inputChannels == outputChannels ? null : new AlignedConv2d(inputChannels, outputChannels, 1);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        var h = inputConv.call(F.silu(inputNorm.call(x)));
        h = outputConv.call(F.silu(outputNorm.call(h)));
        return (skipProjection?.call(x) ?? x) + h;
    }
}
