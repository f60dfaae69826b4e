using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using TorchSharp.Modules;
using RL4Med.Augment.Diffusion.Models;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Benchmarks;

/// <summary>
/// Counts the floating-point operations of a forward pass from the shapes seen by forward hooks: convolutions,
/// linear layers and the two attention matrix products, a multiply-add counting as 2. Normalisations, activations
/// and additions are memory-bound and a few percent of the total; they are not counted.
/// </summary>
public static class FlopCounter
{
    /// <summary>Runs <paramref name="forward"/> once and returns the FLOPs of the hooked layers of <paramref name="model"/> it invoked.</summary>
    public static long CountForward(nn.Module model, Action forward)
    {
        long flops = 0;
        var removers = new List<Action>();
        foreach (var module in model.modules().Prepend(model)) // modules() lists descendants only
        {
            switch (module)
            {
                case AlignedConv2d conv:
                    // Each output element is a dot product over (input channels / groups) x kernel height x kernel width.
                    removers.Add(conv.register_forward_hook((_, _, output) =>
                    {
                        flops += 2 * output.numel() * conv.Weight.shape[1] * conv.Weight.shape[2] * conv.Weight.shape[3];
                        return output;
                    }).remove);
                    break;
                case Linear linear:
                    removers.Add(linear.register_forward_hook((_, _, output) =>
                    {
                        flops += 2 * output.numel() * linear.weight.shape[1];
                        return output;
                    }).remove);
                    break;
                case Attention attention:
                    // Q K^T and (softmax) V: 2 x (2 x B x N x M x inner width).
                    removers.Add(attention.register_forward_hook((_, tokens, context, _, output) =>
                    {
                        var keys = (context ?? tokens).shape[1];
                        flops += 4 * tokens.shape[0] * tokens.shape[1] * keys * attention.InnerWidth;
                        return output;
                    }).remove);
                    break;
            }
        }
        try
        {
            forward();
        }
        finally
        {
            removers.ForEach(remove => remove());
        }
        return flops;
    }

    /// <summary>FLOPs of one image's noise prediction (text encoder included) at the model's image size.</summary>
    public static long GeneratorForwardPerImage(DiffusionGenerator model)
    {
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        var device = model.parameters().First().device;
        var size = model.Options.ImageSize;
        var images = torch.zeros(new long[] { 1, model.Options.ImageChannels, size, size }, device: device);
        var timesteps = torch.full(1, 500, ScalarType.Int64, device: device);
        var tokens = torch.zeros(new long[] { 1, model.MaxPromptTokens }, ScalarType.Int64, device: device);
        return CountForward(model, () => model.call(images, timesteps, tokens));
    }

    /// <summary>FLOPs of decoding one image's latents of side <paramref name="latentSize"/>.</summary>
    public static long DecodePerImage(Autoencoder autoencoder, int latentSize)
    {
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        var latents = torch.zeros(new long[] { 1, autoencoder.Options.LatentChannels, latentSize, latentSize }, device: autoencoder.parameters().First().device);
        return CountForward(autoencoder, () => autoencoder.Decode(latents));
    }
}
