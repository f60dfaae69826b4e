using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>
/// A small KL-regularised autoencoder (Rombach et al. 2022's first stage without attention or discriminator): the
/// encoder maps images [B, 3, S, S] in [-1, 1] to the mean and log-variance of a diagonal Gaussian over latents
/// [B, 4, S/f, S/f]; the decoder maps latents back to images. Fully convolutional, so it trains on crops and runs on
/// any side divisible by the downsampling factor.
/// </summary>
public sealed class Autoencoder : nn.Module<Tensor, Tensor>
{
    private readonly AlignedConv2d encoderInput;
    private readonly ModuleList<nn.Module<Tensor, Tensor>> encoderLayers = new();
    private readonly GroupNorm encoderNorm;
    private readonly AlignedConv2d encoderOutput;
    private readonly AlignedConv2d decoderInput;
    private readonly ModuleList<nn.Module<Tensor, Tensor>> decoderLayers = new();
    private readonly GroupNorm decoderNorm;
    private readonly AlignedConv2d decoderOutput;

    /// <summary>Creates a randomly initialised autoencoder (seed torch's default generator first for a reproducible start).</summary>
    public Autoencoder(AutoencoderOptions options) : base(nameof(Autoencoder))
    {
        options.Validate();
        Options = options;
        var channels = options.Channels;
        var last = channels[^1];

        encoderInput = new AlignedConv2d(options.ImageChannels, channels[0], 3, padding: 1);
        for (var level = 0; level < channels.Length; level++)
        {
            for (var block = 0; block < options.BlocksPerLevel; block++)
                encoderLayers.Add(new AutoencoderBlock($"down{level}_{block}", block == 0 && level > 0 ? channels[level - 1] : channels[level], channels[level], options.NormGroups));
            if (level < channels.Length - 1)
                encoderLayers.Add(new Downsample($"downsample{level}", channels[level]));
        }
        encoderLayers.Add(new AutoencoderBlock("encoder_middle", last, last, options.NormGroups));
        encoderNorm = Norms.GroupNorm(options.NormGroups, last);
        encoderOutput = new AlignedConv2d(last, 2 * options.LatentChannels, 3, padding: 1);

        decoderInput = new AlignedConv2d(options.LatentChannels, last, 3, padding: 1);
        decoderLayers.Add(new AutoencoderBlock("decoder_middle", last, last, options.NormGroups));
        for (var level = channels.Length - 1; level >= 0; level--)
        {
            for (var block = 0; block < options.BlocksPerLevel; block++)
                decoderLayers.Add(new AutoencoderBlock($"up{level}_{block}", block == 0 && level < channels.Length - 1 ? channels[level + 1] : channels[level], channels[level], options.NormGroups));
            if (level > 0)
                decoderLayers.Add(new Models.Upsample($"upsample{level}", channels[level]));
        }
        decoderNorm = Norms.GroupNorm(options.NormGroups, channels[0]);
        decoderOutput = new AlignedConv2d(channels[0], options.ImageChannels, 3, padding: 1);
        RegisterComponents();
    }

    /// <summary>The shape this autoencoder was built with.</summary>
    public AutoencoderOptions Options { get; }

    /// <summary>The mean and log-variance [B, latent channels, S/f, S/f] of the latent distribution of <paramref name="images"/>.</summary>
    public (Tensor Mean, Tensor LogVariance) Encode(Tensor images)
    {
        var h = encoderInput.call(images);
        foreach (var layer in encoderLayers)
            h = layer.call(h);
        var moments = encoderOutput.call(F.silu(encoderNorm.call(h))).chunk(2, dim: 1);
        // Stable Diffusion's clamp: keeps exp(log-variance) finite early in training.
        return (moments[0], moments[1].clamp(-30, 20));
    }

    /// <summary>Images [B, 3, S, S] (not clamped) of <paramref name="latents"/>.</summary>
    public Tensor Decode(Tensor latents)
    {
        var h = decoderInput.call(latents);
        foreach (var layer in decoderLayers)
            h = layer.call(h);
        return decoderOutput.call(F.silu(decoderNorm.call(h)));
    }

    /// <summary>The reconstruction of <paramref name="images"/> through the latent means.</summary>
    public override Tensor forward(Tensor images) => Decode(Encode(images).Mean);
}
