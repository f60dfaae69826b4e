using TorchSharp;
using TorchSharp.Modules;
using RL4Med.Augment.Diffusion.Prompts;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>
/// A small transformer trained from scratch with the U-Net: token plus learned position embeddings, pre-LN
/// layers with self-attention masked over padding, a final LayerNorm, and a masked-mean pooled embedding.
/// </summary>
public sealed class TextEncoder : nn.Module<Tensor, TextEncoding>
{
    private readonly Embedding tokenEmbedding;
    private readonly Parameter positionEmbedding;
    private readonly ModuleList<TextEncoderLayer> layers;
    private readonly LayerNorm finalNorm;

    /// <summary>Creates an encoder for token rows of <paramref name="maxTokens"/> ids below <paramref name="vocabularySize"/>.</summary>
    public TextEncoder(string name, GeneratorModelOptions options, int vocabularySize, int maxTokens) : base(name)
    {
        tokenEmbedding = nn.Embedding(vocabularySize, options.TextWidth);
        // Small random start, as in GPT-2/CLIP; the LayerNorms rescale whatever the embeddings learn.
        positionEmbedding = nn.Parameter(torch.randn(maxTokens, options.TextWidth).mul_(0.02));
        layers = nn.ModuleList(Enumerable.Range(0, options.TextLayers)
            .Select(i => new TextEncoderLayer($"layer{i}", options.TextWidth, options.TextHeads)).ToArray());
        finalNorm = nn.LayerNorm(options.TextWidth);
        RegisterComponents();
    }

    /// <summary>Encodes token ids [B, L] (padding = <see cref="PromptTokenizer.PaddingId"/>).</summary>
    public override TextEncoding forward(Tensor tokenIds)
    {
        var isWord = tokenIds.ne(PromptTokenizer.PaddingId);
        var isEmptyPrompt = isWord.any(1, keepdim: true).logical_not();
        var keyMask = isWord.logical_or(isEmptyPrompt);

        var x = tokenEmbedding.call(tokenIds) + positionEmbedding;
        foreach (var layer in layers)
            x = layer.call(x, keyMask);
        x = finalNorm.call(x);

        var weights = keyMask.unsqueeze(-1).to(x.dtype);
        var pooled = (x * weights).sum(1) / weights.sum(1);
        return new TextEncoding(x, pooled, keyMask);
    }
}
