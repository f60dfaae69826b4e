using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>
/// Where a latent generator works: an autoencoder and Stable Diffusion's scaling factor (1 / standard deviation of the
/// training latents), which gives the diffusion model latents of about unit variance, the scale its noise schedule
/// assumes. Images go in through the encoder's latent means (deterministic, so a cache is exact) and come out
/// through the decoder, clamped to [-1, 1]. Owns the autoencoder.
/// </summary>
public sealed class LatentSpace : IDisposable
{
    /// <summary>Wraps <paramref name="autoencoder"/> (taken over, put in eval mode) with <paramref name="scalingFactor"/>.</summary>
    public LatentSpace(Autoencoder autoencoder, double scalingFactor)
    {
        if (!(scalingFactor > 0) || double.IsInfinity(scalingFactor))
            throw new ArgumentOutOfRangeException(nameof(scalingFactor), scalingFactor, "The scaling factor must be positive and finite.");
        Autoencoder = autoencoder;
        ScalingFactor = scalingFactor;
        autoencoder.eval();
    }

    /// <summary>The autoencoder.</summary>
    public Autoencoder Autoencoder { get; }

    /// <summary>Latents are multiplied by this before diffusion and divided by it before decoding.</summary>
    public double ScalingFactor { get; }

    /// <summary>Images encoded or decoded at a time, which bounds the memory of their activations.</summary>
    public const int ChunkSize = 8;

    /// <summary>Image side divided by latent side.</summary>
    public int DownsamplingFactor => Autoencoder.Options.DownsamplingFactor;

    /// <summary>Channels of a latent position.</summary>
    public int LatentChannels => Autoencoder.Options.LatentChannels;

    /// <summary>The scaling factor of <paramref name="unscaledLatents"/>: 1 / their standard deviation over every value.</summary>
    public static double ScalingFactorOf(IReadOnlyList<float[]> unscaledLatents)
    {
        double sum = 0, sumOfSquares = 0;
        long count = 0;
        foreach (var latent in unscaledLatents)
        {
            foreach (var value in latent)
            {
                sum += value;
                sumOfSquares += (double)value * value;
            }
            count += latent.Length;
        }
        if (count < 2) throw new ArgumentException("Need latent values to measure their spread.", nameof(unscaledLatents));
        var mean = sum / count;
        return 1 / Math.Sqrt((sumOfSquares - count * mean * mean) / (count - 1));
    }

    /// <summary>Scaled latents [B, latent channels, S/f, S/f] of <paramref name="images"/> [B, 3, S, S], without gradients.</summary>
    public Tensor Encode(Tensor images) => InChunks(images, chunk => Autoencoder.Encode(chunk).Mean * ScalingFactor);

    /// <summary>Images [B, 3, S, S] in [-1, 1] of scaled <paramref name="latents"/>, without gradients.</summary>
    public Tensor Decode(Tensor latents) => InChunks(latents, chunk => Autoencoder.Decode(chunk / ScalingFactor).clamp(-1, 1));

    // Without gradients, ChunkSize inputs at a time, each chunk in its own dispose scope: a forward keeps all of its
    // activations until its scope ends (about 45 MB per image decoded at 128 px), so whole batches would multiply that.
    private Tensor InChunks(Tensor inputs, Func<Tensor, Tensor> apply)
    {
        using var noGrad = torch.no_grad();
        var chunks = new List<Tensor>();
        for (long start = 0; start < inputs.shape[0]; start += ChunkSize)
        {
            using var scope = torch.NewDisposeScope();
            chunks.Add(apply(inputs.narrow(0, start, Math.Min(ChunkSize, inputs.shape[0] - start)).to(Device)).MoveToOuterDisposeScope());
        }
        if (chunks.Count == 1) return chunks[0];
        var result = torch.cat(chunks, dim: 0);
        foreach (var chunk in chunks) chunk.Dispose();
        return result;
    }

    /// <summary>What a generator file's header records of this latent space (the weights follow in <see cref="WriteWeights"/>).</summary>
    public LatentSpaceHeader Header => new(Autoencoder.Options, ScalingFactor);

    /// <summary>Writes the autoencoder's weights into a generator file.</summary>
    public void WriteWeights(BinaryWriter writer) => Autoencoder.save(writer);

    /// <summary>The latent space of <paramref name="header"/>, with the weights <see cref="WriteWeights"/> wrote, on the CPU.</summary>
    public static LatentSpace Read(LatentSpaceHeader header, BinaryReader reader)
    {
        var autoencoder = new Autoencoder(header.Autoencoder);
        autoencoder.load(reader);
        return new LatentSpace(autoencoder, header.ScalingFactor);
    }

    /// <summary>Moves the autoencoder to <paramref name="device"/>.</summary>
    public LatentSpace To(Device device)
    {
        Autoencoder.to(device);
        return this;
    }

    private Device Device => Autoencoder.parameters().First().device;

    /// <inheritdoc />
    public void Dispose() => Autoencoder.Dispose();
}
