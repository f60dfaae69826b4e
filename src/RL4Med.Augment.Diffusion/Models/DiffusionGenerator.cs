using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>
/// The whole trainable generator: text encoder and U-Net in one module, so that one optimizer, one EMA copy
/// and one checkpoint cover both.
/// </summary>
public sealed class DiffusionGenerator : nn.Module<Tensor, Tensor, Tensor, Tensor>
{
    private readonly TextEncoder textEncoder;
    private readonly UNet unet;

    /// <summary>Creates a randomly initialised generator (seed torch's default generator first for a reproducible start).</summary>
    /// <param name="options">Model shape.</param>
    /// <param name="vocabularySize">Number of token ids, padding included (<c>PromptTokenizer.VocabularySize</c>).</param>
    /// <param name="maxPromptTokens">Length of a token row (<c>PromptTokenizer.MaxLength</c>).</param>
    public DiffusionGenerator(GeneratorModelOptions options, int vocabularySize, int maxPromptTokens) : base(nameof(DiffusionGenerator))
    {
        options.Validate();
        Options = options;
        VocabularySize = vocabularySize;
        MaxPromptTokens = maxPromptTokens;
        textEncoder = new TextEncoder(nameof(textEncoder), options, vocabularySize, maxPromptTokens);
        unet = new UNet(nameof(unet), options);
        RegisterComponents();
    }

    /// <summary>The model shape this generator was built with.</summary>
    public GeneratorModelOptions Options { get; }

    /// <summary>Number of token ids the text encoder embeds.</summary>
    public int VocabularySize { get; }

    /// <summary>Length of the token rows the text encoder takes.</summary>
    public int MaxPromptTokens { get; }

    /// <summary>The noise predictor, e.g. to fine-tune or adapt it alone while the text encoder stays frozen.</summary>
    public UNet UNet => unet;

    /// <summary>Encodes token ids [B, L]; reuse the result across sampling steps.</summary>
    public TextEncoding EncodeText(Tensor tokenIds) => textEncoder.call(tokenIds);

    /// <summary>Predicts the noise in <paramref name="noisyImages"/> [B, C, H, W] at <paramref name="timesteps"/> [B].</summary>
    public Tensor PredictNoise(Tensor noisyImages, Tensor timesteps, TextEncoding text) => unet.call(noisyImages, timesteps, text);

    /// <summary>Predicts the noise for noisy images, timesteps [B] and prompt token ids [B, L].</summary>
    public override Tensor forward(Tensor noisyImages, Tensor timesteps, Tensor tokenIds) =>
        PredictNoise(noisyImages, timesteps, EncodeText(tokenIds));
}
