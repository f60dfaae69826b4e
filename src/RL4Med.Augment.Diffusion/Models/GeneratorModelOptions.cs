using RL4Med.Augment.Diffusion.Schedulers;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>
/// Shape of the text-conditioned U-Net and its text encoder. The defaults are the quick configuration: small
/// enough to pretrain on a few thousand 32x32 images in minutes on two CPU cores.
/// </summary>
public sealed record GeneratorModelOptions
{
    /// <summary>Side of the square images the generator is trained on and samples, in pixels.</summary>
    public int ImageSize { get; init; } = 32;

    /// <summary>Colour channels of the images (3 for RGB).</summary>
    public int ImageChannels { get; init; } = 3;

    /// <summary>
    /// U-Net feature channels per resolution level; level 0 runs at <see cref="ImageSize"/> and every further
    /// level halves the resolution, so <see cref="ImageSize"/> must be divisible by 2^(levels - 1).
    /// </summary>
    public int[] Channels { get; init; } = { 32, 64, 128 };

    /// <summary>Residual blocks per level on the way down (the way up has one more, for the downsampling skip).</summary>
    public int BlocksPerLevel { get; init; } = 1;

    /// <summary>
    /// Levels (indices into <see cref="Channels"/>, 0 = full resolution) whose blocks cross-attend to the prompt tokens.
    /// Attention cost grows with the square of the pixel count, so this is kept to the lower resolutions.
    /// </summary>
    public int[] CrossAttentionLevels { get; init; } = { 1, 2 };

    /// <summary>
    /// Levels whose blocks also self-attend over all pixel positions. The middle block (at the lowest resolution)
    /// always has self- and cross-attention.
    /// </summary>
    public int[] SelfAttentionLevels { get; init; } = { 2 };

    /// <summary>Attention heads in the U-Net's attention layers; must divide each attended level's channel count.</summary>
    public int AttentionHeads { get; init; } = 4;

    /// <summary>Hidden width of the attention blocks' feed-forward layers, as a multiple of the block width.</summary>
    public int FeedForwardMultiplier { get; init; } = 2;

    /// <summary>Groups of every GroupNorm; must divide every channel count.</summary>
    public int NormGroups { get; init; } = 8;

    /// <summary>Dropout inside the residual blocks. 0 by default: short runs underfit rather than overfit.</summary>
    public double Dropout { get; init; }

    /// <summary>Width of the text encoder's token embeddings, which the U-Net cross-attends to.</summary>
    public int TextWidth { get; init; } = 64;

    /// <summary>Transformer layers in the text encoder.</summary>
    public int TextLayers { get; init; } = 2;

    /// <summary>Attention heads in the text encoder; must divide <see cref="TextWidth"/>.</summary>
    public int TextHeads { get; init; } = 4;

    /// <summary>The noise schedule the U-Net learns to reverse; saved in every generator file with the rest of the shape.</summary>
    public NoiseScheduleOptions NoiseSchedule { get; init; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first inconsistent setting.</summary>
    public void Validate()
    {
        if (ImageChannels < 1) throw Invalid(nameof(ImageChannels), "must be at least 1");
        if (Channels.Length < 1) throw Invalid(nameof(Channels), "needs at least one level");
        if (Channels.Any(c => c < 1 || c % NormGroups != 0))
            throw Invalid(nameof(Channels), $"every width must be a positive multiple of {nameof(NormGroups)} = {NormGroups}");
        var reduction = 1 << (Channels.Length - 1);
        if (ImageSize < reduction || ImageSize % reduction != 0)
            throw Invalid(nameof(ImageSize), $"{ImageSize} must be divisible by 2^(levels - 1) = {reduction}");
        if (BlocksPerLevel < 1) throw Invalid(nameof(BlocksPerLevel), "must be at least 1");
        foreach (var level in CrossAttentionLevels.Concat(SelfAttentionLevels))
        {
            if (level < 0 || level >= Channels.Length)
                throw Invalid("attention levels", $"level {level} is outside 0..{Channels.Length - 1}");
        }
        foreach (var level in CrossAttentionLevels.Concat(SelfAttentionLevels).Append(Channels.Length - 1))
        {
            if (Channels[level] % AttentionHeads != 0)
                throw Invalid(nameof(AttentionHeads), $"{AttentionHeads} heads do not divide {Channels[level]} channels at level {level}");
        }
        if (FeedForwardMultiplier < 1) throw Invalid(nameof(FeedForwardMultiplier), "must be at least 1");
        if (Dropout is < 0 or >= 1) throw Invalid(nameof(Dropout), "must be in [0, 1)");
        if (TextWidth < 1 || TextHeads < 1 || TextWidth % TextHeads != 0)
            throw Invalid(nameof(TextHeads), $"{TextHeads} heads must divide the text width {TextWidth}");
        if (TextLayers < 1) throw Invalid(nameof(TextLayers), "must be at least 1");
        try
        {
            _ = new DdpmNoiseSchedule(NoiseSchedule);
        }
        catch (ArgumentException e)
        {
            throw Invalid(nameof(NoiseSchedule), e.Message.TrimEnd('.'));
        }
    }

    private static ArgumentException Invalid(string setting, string problem) =>
        new($"Generator model option {setting}: {problem}.");
}
