using RL4Med.Augment.Ddpo.Rewards;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>An epoch's samples: what was asked, every step taken, its log-probability at sampling time, and the reward.</summary>
internal sealed class EpochSamples : IDisposable
{
    /// <summary>Wraps recorded tensors; the samples own and dispose them.</summary>
    public EpochSamples(IReadOnlyList<DdpoPrompt> prompts, IReadOnlyList<int> timesteps, Tensor latents, Tensor logProbs, float[] rewards)
    {
        Prompts = prompts;
        Timesteps = timesteps;
        Latents = latents;
        LogProbs = logProbs;
        Rewards = rewards;
    }

    /// <summary>Number of samples M.</summary>
    public int Count => Prompts.Count;

    /// <summary>The prompt of each sample.</summary>
    public IReadOnlyList<DdpoPrompt> Prompts { get; }

    /// <summary>The timestep t of each denoising step, in sampling order.</summary>
    public IReadOnlyList<int> Timesteps { get; }

    /// <summary>[M, T + 1, C, H, W]: the starting noise, then the latents after each step; step i goes from index i to i + 1.</summary>
    public Tensor Latents { get; }

    /// <summary>[M, T]: log p_old of each step (mean over pixels), as sampled.</summary>
    public Tensor LogProbs { get; }

    /// <summary>The reward of each sample.</summary>
    public float[] Rewards { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Latents.Dispose();
        LogProbs.Dispose();
    }
}
