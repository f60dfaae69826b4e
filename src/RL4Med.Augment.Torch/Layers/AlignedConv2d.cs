using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace RL4Med.Augment.Torch.Layers;

/// <summary>
/// The project's 2-D convolution: <c>nn.Conv2d</c>'s parameters, initialisation and state-dict names, with a
/// backward pass that never runs oneDNN on a partly filled channel block.
/// <para>
/// libtorch 2.10's oneDNN (<c>jit:avx512_core</c> <c>backward_data</c>, seen on AMD EPYC with AVX-512, also when
/// capped at AVX2) returns NaN at random in the input gradient when the output channels do not fill its 16-channel
/// blocks (32 → 3, 16 → 8, 8 → 8). While the input needs a gradient, the weight is therefore padded with zero filters
/// up to a multiple of <see cref="ChannelBlock"/> and the extra output channels are cut off again: the padded filters
/// see a zero gradient, so values and gradients are those of the plain convolution, and the faulty kernel never runs.
/// Inference, and layers whose input needs no gradient (a network's first layer), take the plain path at no cost.
/// </para>
/// Every convolution that the project trains is one of these; a test in the Torch library's suite fails on any other.
/// </summary>
public sealed class AlignedConv2d : nn.Module<Tensor, Tensor>
{
    /// <summary>Output channels are padded to a multiple of this: oneDNN's AVX-512 float block (a multiple of AVX2's 8).</summary>
    public const int ChannelBlock = 16;

    // Field names are the state-dict keys, the same as nn.Conv2d's: weight files load into either.
    private readonly Parameter weight;
    private readonly Parameter? bias;
    private readonly long[] stride;
    private readonly long[] padding;

    /// <summary>
    /// A <paramref name="kernelSize"/> x <paramref name="kernelSize"/> convolution from <paramref name="inputChannels"/> to
    /// <paramref name="outputChannels"/>, initialised exactly as <c>nn.Conv2d</c> (the same draws from torch's generator).
    /// </summary>
    public AlignedConv2d(long inputChannels, long outputChannels, long kernelSize, long stride = 1, long padding = 0, bool hasBias = true)
        : base(nameof(AlignedConv2d))
    {
        using (var reference = nn.Conv2d(inputChannels, outputChannels, kernelSize, stride: stride, padding: padding, bias: hasBias))
        using (torch.no_grad())
        {
            weight = new Parameter(reference.weight!.detach().clone());
            bias = hasBias ? new Parameter(reference.bias!.detach().clone()) : null;
        }
        this.stride = new[] { stride, stride };
        this.padding = new[] { padding, padding };
        PaddedOutputChannels = (outputChannels + ChannelBlock - 1) / ChannelBlock * ChannelBlock;
        RegisterComponents();
    }

    /// <summary>The filters [out, in, k, k].</summary>
    public Parameter Weight => weight;

    /// <summary>The per-output-channel bias [out], if any.</summary>
    public Parameter? Bias => bias;

    /// <summary>Output channels.</summary>
    public long OutputChannels => weight.shape[0];

    /// <summary>Output channels as the backward pass computes them: <see cref="OutputChannels"/> rounded up to <see cref="ChannelBlock"/>.</summary>
    public long PaddedOutputChannels { get; }

    /// <summary>Convolves <paramref name="input"/> [N, in, H, W] to [N, out, H', W'].</summary>
    public override Tensor forward(Tensor input)
    {
        var extra = PaddedOutputChannels - OutputChannels;
        if (extra == 0 || !(input.requires_grad && torch.is_grad_enabled()))
            return F.conv2d(input, weight, bias, stride, padding);

        using var scope = torch.NewDisposeScope();
        var filters = torch.cat(new[] { weight, weight.new_zeros(extra, weight.shape[1], weight.shape[2], weight.shape[3]) }, 0);
        var offsets = bias is null ? null : torch.cat(new[] { bias, bias.new_zeros(extra) }, 0);
        return F.conv2d(input, filters, offsets, stride, padding).narrow(1, 0, OutputChannels).MoveToOuterDisposeScope();
    }
}
