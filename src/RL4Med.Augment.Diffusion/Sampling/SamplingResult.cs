using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Sampling;

/// <summary>Images sampled for a list of prompts, and optionally how they were sampled.</summary>
public sealed class SamplingResult : IDisposable
{
    /// <summary>Wraps sampler outputs; the result owns and disposes them.</summary>
    public SamplingResult(IReadOnlyList<string> prompts, Tensor images, DdimTrajectory? trajectory)
    {
        Prompts = prompts;
        Images = images;
        Trajectory = trajectory;
    }

    /// <summary>The prompt of each image.</summary>
    public IReadOnlyList<string> Prompts { get; }

    /// <summary>[B, 3, H, W] images clamped to [-1, 1] (a latent generator's decoded latents).</summary>
    public Tensor Images { get; }

    /// <summary>The recorded trajectory, when <see cref="SamplingOptions.RecordTrajectory"/> was set.</summary>
    public DdimTrajectory? Trajectory { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Images.Dispose();
        Trajectory?.Dispose();
    }
}
