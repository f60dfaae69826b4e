using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>
/// The noise (epsilon) predictor: a U-Net whose residual blocks are conditioned on the timestep embedding plus
/// the pooled prompt embedding, with cross-attention to the prompt tokens and self-attention at the levels
/// chosen in <see cref="GeneratorModelOptions"/>, and a self- plus cross-attending middle block at the lowest resolution.
/// </summary>
public sealed class UNet : nn.Module<Tensor, Tensor, TextEncoding, Tensor>
{
    private readonly int levels;
    private readonly int blocksPerLevel;
    private readonly TimestepEmbedding timeEmbedding;
    private readonly Linear textProjection;
    private readonly AlignedConv2d inputConv;
    private readonly ModuleList<UNetBlock> downBlocks;
    private readonly ModuleList<Downsample> downsamplers;
    private readonly UNetBlock middleBlock;
    private readonly ResidualBlock middleResidual;
    private readonly ModuleList<UNetBlock> upBlocks;
    private readonly ModuleList<Upsample> upsamplers;
    private readonly GroupNorm outputNorm;
    private readonly AlignedConv2d outputConv;

    /// <summary>Builds the U-Net described by <paramref name="options"/>.</summary>
    public UNet(string name, GeneratorModelOptions options) : base(name)
    {
        options.Validate();
        var widths = options.Channels;
        levels = widths.Length;
        blocksPerLevel = options.BlocksPerLevel;
        // The conditioning vector is four times the base width, as in DDPM/ADM.
        var embeddingWidth = 4 * widths[0];

        timeEmbedding = new TimestepEmbedding(nameof(timeEmbedding), widths[0], embeddingWidth);
        textProjection = nn.Linear(options.TextWidth, embeddingWidth);
        inputConv = new AlignedConv2d(options.ImageChannels, widths[0], 3, padding: 1);

        UNetBlock Block(int level, int inputWidth) => new(
            "block",
            new ResidualBlock("residual", inputWidth, widths[level], embeddingWidth, options),
            HasAttention(options, level)
                ? new SpatialTransformer("attention", widths[level], options.SelfAttentionLevels.Contains(level), options.CrossAttentionLevels.Contains(level), options)
                : null);

        // Every output on the way down is kept as a skip connection for the way up.
        var skipWidths = new Stack<int>();
        skipWidths.Push(widths[0]);
        var width = widths[0];
        var down = new List<UNetBlock>();
        var downsampling = new List<Downsample>();
        for (var level = 0; level < levels; level++)
        {
            for (var block = 0; block < blocksPerLevel; block++)
            {
                down.Add(Block(level, width));
                width = widths[level];
                skipWidths.Push(width);
            }
            if (level < levels - 1)
            {
                downsampling.Add(new Downsample("downsample", width));
                skipWidths.Push(width);
            }
        }

        middleBlock = new UNetBlock(
            nameof(middleBlock),
            new ResidualBlock("residual", width, width, embeddingWidth, options),
            new SpatialTransformer("attention", width, withSelfAttention: true, withCrossAttention: true, options));
        middleResidual = new ResidualBlock(nameof(middleResidual), width, width, embeddingWidth, options);

        var up = new List<UNetBlock>();
        var upsampling = new List<Upsample>();
        for (var level = levels - 1; level >= 0; level--)
        {
            for (var block = 0; block <= blocksPerLevel; block++)
            {
                up.Add(Block(level, width + skipWidths.Pop()));
                width = widths[level];
            }
            if (level > 0)
                upsampling.Add(new Upsample("upsample", width));
        }

        downBlocks = nn.ModuleList(down.ToArray());
        downsamplers = nn.ModuleList(downsampling.ToArray());
        upBlocks = nn.ModuleList(up.ToArray());
        upsamplers = nn.ModuleList(upsampling.ToArray());
        outputNorm = Norms.GroupNorm(options.NormGroups, widths[0]);
        outputConv = Initialization.Zeroed(new AlignedConv2d(widths[0], options.ImageChannels, 3, padding: 1));
        RegisterComponents();
    }

    /// <summary>Predicts the noise in <paramref name="noisyImages"/> [B, C, H, W] at <paramref name="timesteps"/> [B] given <paramref name="text"/>.</summary>
    public override Tensor forward(Tensor noisyImages, Tensor timesteps, TextEncoding text)
    {
        var embedding = F.silu(timeEmbedding.call(timesteps) + textProjection.call(text.Pooled));

        var h = inputConv.call(noisyImages);
        var skips = new Stack<Tensor>();
        skips.Push(h);
        var blockIndex = 0;
        for (var level = 0; level < levels; level++)
        {
            for (var block = 0; block < blocksPerLevel; block++)
            {
                h = downBlocks[blockIndex++].call(h, embedding, text);
                skips.Push(h);
            }
            if (level < levels - 1)
            {
                h = downsamplers[level].call(h);
                skips.Push(h);
            }
        }

        h = middleResidual.call(middleBlock.call(h, embedding, text), embedding);

        blockIndex = 0;
        for (var level = levels - 1; level >= 0; level--)
        {
            for (var block = 0; block <= blocksPerLevel; block++)
                h = upBlocks[blockIndex++].call(torch.cat(new[] { h, skips.Pop() }, dim: 1), embedding, text);
            if (level > 0)
                h = upsamplers[levels - 1 - level].call(h);
        }

        return outputConv.call(F.silu(outputNorm.call(h)));
    }

    private static bool HasAttention(GeneratorModelOptions options, int level) =>
        options.CrossAttentionLevels.Contains(level) || options.SelfAttentionLevels.Contains(level);
}
