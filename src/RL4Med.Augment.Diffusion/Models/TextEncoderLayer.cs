using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>A pre-LayerNorm transformer layer: masked self-attention, then a feed-forward network, each residual.</summary>
public sealed class TextEncoderLayer : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly LayerNorm attentionNorm;
    private readonly Attention selfAttention;
    private readonly LayerNorm feedForwardNorm;
    private readonly FeedForward feedForward;

    /// <summary>Creates a layer over <paramref name="width"/>-wide tokens.</summary>
    public TextEncoderLayer(string name, int width, int heads) : base(name)
    {
        attentionNorm = nn.LayerNorm(width);
        selfAttention = new Attention(nameof(selfAttention), width, width, heads);
        feedForwardNorm = nn.LayerNorm(width);
        feedForward = new FeedForward(nameof(feedForward), width, multiplier: 4);
        RegisterComponents();
    }

    /// <summary>Transforms <paramref name="tokens"/> [B, L, width]; <paramref name="keyMask"/> [B, L] hides padding.</summary>
    public override Tensor forward(Tensor tokens, Tensor keyMask)
    {
        var x = tokens + selfAttention.call(attentionNorm.call(tokens), null, keyMask);
        return x + feedForward.call(feedForwardNorm.call(x));
    }
}
