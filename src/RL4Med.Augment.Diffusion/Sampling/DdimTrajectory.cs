using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Sampling;

/// <summary>Everything a DDPO update needs about how a batch was sampled.</summary>
public sealed class DdimTrajectory : IDisposable
{
    /// <summary>Wraps recorded tensors; the trajectory owns and disposes them.</summary>
    public DdimTrajectory(IReadOnlyList<int> timesteps, Tensor latents, Tensor? logProbs)
    {
        Timesteps = timesteps;
        Latents = latents;
        LogProbs = logProbs;
    }

    /// <summary>The timesteps t of the steps, in sampling order.</summary>
    public IReadOnlyList<int> Timesteps { get; }

    /// <summary>
    /// [B, steps + 1, C, H, W]: the starting noise, then the samples after each step (unclamped): pixels, or a latent
    /// generator's scaled latents.
    /// </summary>
    public Tensor Latents { get; }

    /// <summary>[B, steps]: log-probability of each step's outcome (mean over pixels); null when eta = 0.</summary>
    public Tensor? LogProbs { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Latents.Dispose();
        LogProbs?.Dispose();
    }
}
