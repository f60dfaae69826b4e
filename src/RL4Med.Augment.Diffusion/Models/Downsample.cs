using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>Halves the resolution with a learned stride-2 3x3 convolution.</summary>
public sealed class Downsample : nn.Module<Tensor, Tensor>
{
    private readonly AlignedConv2d conv;

    /// <summary>Creates a downsampler that keeps <paramref name="channels"/> channels.</summary>
    public Downsample(string name, long channels) : base(name)
    {
        conv = new AlignedConv2d(channels, channels, 3, stride: 2, padding: 1);
        RegisterComponents();
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor x) => conv.call(x);
}
