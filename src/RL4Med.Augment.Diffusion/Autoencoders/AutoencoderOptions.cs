namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>
/// Shape of the KL-regularised autoencoder whose latents the generator works on (Stable Diffusion's first stage, made
/// small): the encoder halves the resolution between levels, so images of side S become latents of side
/// S / <see cref="DownsamplingFactor"/> with <see cref="LatentChannels"/> channels. The defaults turn 128x128x3 images
/// into 32x32x4 latents, Stable Diffusion's 48 values per latent position: 12 times fewer values than pixels.
/// </summary>
public sealed record AutoencoderOptions
{
    /// <summary>Colour channels of the images (3 for RGB).</summary>
    public int ImageChannels { get; init; } = 3;

    /// <summary>Channels of a latent position (Stable Diffusion: 4).</summary>
    public int LatentChannels { get; init; } = 4;

    /// <summary>
    /// Feature channels per resolution level of the encoder (the decoder mirrors them); level 0 runs at full resolution
    /// and every further level halves it, so the downsampling factor is 2^(levels - 1).
    /// </summary>
    public int[] Channels { get; init; } = { 32, 64, 64 };

    /// <summary>Residual blocks per level in the encoder and in the decoder.</summary>
    public int BlocksPerLevel { get; init; } = 1;

    /// <summary>Groups of every GroupNorm; must divide every channel count.</summary>
    public int NormGroups { get; init; } = 8;

    /// <summary>Image side divided by latent side: 2^(levels - 1).</summary>
    public int DownsamplingFactor => 1 << (Channels.Length - 1);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first inconsistent setting.</summary>
    public void Validate()
    {
        if (ImageChannels < 1) throw Invalid(nameof(ImageChannels), "must be at least 1");
        if (LatentChannels < 1) throw Invalid(nameof(LatentChannels), "must be at least 1");
        if (Channels.Length < 1) throw Invalid(nameof(Channels), "needs at least one level");
        if (NormGroups < 1 || Channels.Any(c => c < 1 || c % NormGroups != 0))
            throw Invalid(nameof(Channels), $"every width must be a positive multiple of {nameof(NormGroups)} = {NormGroups}");
        if (BlocksPerLevel < 1) throw Invalid(nameof(BlocksPerLevel), "must be at least 1");
    }

    private static ArgumentException Invalid(string setting, string problem) => new($"Autoencoder model option {setting}: {problem}.");
}
