using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>Doubles the resolution by nearest-neighbour repetition followed by a 3x3 convolution (no checkerboard artefacts).</summary>
public sealed class Upsample : nn.Module<Tensor, Tensor>
{
    private readonly AlignedConv2d conv;

    /// <summary>Creates an upsampler that keeps <paramref name="channels"/> channels.</summary>
    public Upsample(string name, long channels) : base(name)
    {
        conv = new AlignedConv2d(channels, channels, 3, padding: 1);
        RegisterComponents();
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor x) =>
        conv.call(nn.functional.interpolate(x, scale_factor: new[] { 2.0, 2.0 }, mode: InterpolationMode.Nearest));
}
