using RL4Med.Augment.Diffusion.Autoencoders;

namespace RL4Med.Augment.Runs.Configuration;

/// <summary>
/// <c>generator.autoencoder</c>: present, the generator works in the latent space of this autoencoder (latent
/// diffusion: stage <c>autoencoder</c> trains it before <c>pretrain</c>, and <c>generator.model</c> then describes the
/// U-Net on the latents: <c>imageSize</c> = <c>images.size</c> / downsampling factor, <c>imageChannels</c> = latent
/// channels); absent, the generator works on pixels.
/// </summary>
public sealed class AutoencoderConfig
{
    /// <summary>The autoencoder's shape: latent channels and the widths whose count sets the downsampling factor.</summary>
    public AutoencoderOptions Model { get; set; } = new();

    /// <summary>Its training on crops of the real training images (stage <c>autoencoder</c>); seed, device and output folder are set by the run.</summary>
    public AutoencoderTrainingOptions Training { get; set; } = new();

    /// <summary>Validation images whose reconstructions are measured (PSNR, SSIM, the reward model's agreement) after training; 0 = all.</summary>
    public int ReconstructionImages { get; set; } = 256;
}
