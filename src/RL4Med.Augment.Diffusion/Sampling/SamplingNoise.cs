using RL4Med.Augment.Diffusion.Schedulers;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Sampling;

/// <summary>
/// The random draws of one <see cref="DdimSampler.Sample"/> call: the starting noise and each step's fresh noise.
/// Either one generator for the whole batch (<see cref="SamplingOptions.Seed"/>) or one per image
/// (<see cref="SamplingOptions.Seeds"/>); in the second case every draw and every step is made image by image, so
/// an image's noise never depends on its batch. Draws are made on the host, so a seed means the same noise on any device.
/// </summary>
internal sealed class SamplingNoise : IDisposable
{
    private readonly Generator[] generators;
    private readonly bool perImage;

    private SamplingNoise(Generator[] generators, bool perImage)
    {
        this.generators = generators;
        this.perImage = perImage;
    }

    /// <summary>The noise source <paramref name="options"/> asks for (one seed per image when <see cref="SamplingOptions.Seeds"/> is set).</summary>
    public static SamplingNoise For(SamplingOptions options) =>
        options.Seeds is { } seeds
            ? new SamplingNoise(seeds.Select(seed => new Generator((ulong)seed)).ToArray(), perImage: true)
            : new SamplingNoise(new[] { new Generator((ulong)options.Seed) }, perImage: false);

    /// <summary>Standard normal noise [B, C, H, W] on the host.</summary>
    public Tensor Starting(long batch, long channels, long size)
    {
        if (!perImage) return torch.randn(new[] { batch, channels, size, size }, generator: generators[0]);
        using var scope = torch.NewDisposeScope();
        var images = generators.Select(g => torch.randn(new[] { 1L, channels, size, size }, generator: g)).ToArray();
        return torch.cat(images, dim: 0).MoveToOuterDisposeScope();
    }

    /// <summary>One scheduler step of the batch, with this source's fresh noise.</summary>
    public DdimStepResult Step(DdimScheduler scheduler, Tensor sample, Tensor noisePrediction, Tensor timesteps)
    {
        if (!perImage) return scheduler.Step(sample, noisePrediction, timesteps, generators[0]);
        using var scope = torch.NewDisposeScope();
        var steps = generators
            .Select((g, i) => scheduler.Step(sample[i..(i + 1)], noisePrediction[i..(i + 1)], timesteps[i..(i + 1)], g))
            .ToArray();
        Tensor Join(Func<DdimStepResult, Tensor> part) => torch.cat(steps.Select(part).ToArray(), dim: 0).MoveToOuterDisposeScope();
        var logProb = steps.All(s => s.LogProb is not null) ? Join(s => s.LogProb!) : null;
        return new DdimStepResult(Join(s => s.PreviousSample), logProb, Join(s => s.Mean), Join(s => s.Sigma));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var generator in generators) generator.Dispose();
    }
}
