using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>
/// Attention over a feature map: the pixels become tokens that self-attend and/or cross-attend to the prompt
/// tokens, then pass a feed-forward network, each pre-LayerNorm and residual, as in Stable Diffusion's
/// transformer blocks. The zero-initialised output projection makes the block start as the identity.
/// </summary>
public sealed class SpatialTransformer : nn.Module<Tensor, TextEncoding, Tensor>
{
    private readonly GroupNorm inputNorm;
    private readonly LayerNorm? selfAttentionNorm;
    private readonly Attention? selfAttention;
    private readonly LayerNorm? crossAttentionNorm;
    private readonly Attention? crossAttention;
    private readonly LayerNorm feedForwardNorm;
    private readonly FeedForward feedForward;
    private readonly Linear outputProjection;

    /// <summary>Creates a block for <paramref name="channels"/>-channel maps with the chosen kinds of attention.</summary>
    public SpatialTransformer(string name, int channels, bool withSelfAttention, bool withCrossAttention, GeneratorModelOptions options) : base(name)
    {
        if (!withSelfAttention && !withCrossAttention)
            throw new ArgumentException("A spatial transformer needs self-attention, cross-attention or both.");
        inputNorm = Norms.GroupNorm(options.NormGroups, channels);
        if (withSelfAttention)
        {
            selfAttentionNorm = nn.LayerNorm(channels);
            selfAttention = new Attention(nameof(selfAttention), channels, channels, options.AttentionHeads);
        }
        if (withCrossAttention)
        {
            crossAttentionNorm = nn.LayerNorm(channels);
            crossAttention = new Attention(nameof(crossAttention), channels, options.TextWidth, options.AttentionHeads);
        }
        feedForwardNorm = nn.LayerNorm(channels);
        feedForward = new FeedForward(nameof(feedForward), channels, options.FeedForwardMultiplier);
        outputProjection = Initialization.Zeroed(nn.Linear(channels, channels));
        RegisterComponents();
    }

    /// <summary>Applies the block to <paramref name="x"/> [B, C, H, W] conditioned on <paramref name="text"/>.</summary>
    public override Tensor forward(Tensor x, TextEncoding text)
    {
        var (batch, channels, height, width) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3]);
        var h = inputNorm.call(x).flatten(2).transpose(1, 2); // [B, HW, C]
        if (selfAttention is not null)
            h = h + selfAttention.call(selfAttentionNorm!.call(h), null, null);
        if (crossAttention is not null)
            h = h + crossAttention.call(crossAttentionNorm!.call(h), text.Tokens, text.KeyMask);
        h = h + feedForward.call(feedForwardNorm.call(h));
        var update = outputProjection.call(h).transpose(1, 2).reshape(batch, channels, height, width);
        return x + update;
    }
}
