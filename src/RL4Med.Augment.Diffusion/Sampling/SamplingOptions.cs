namespace RL4Med.Augment.Diffusion.Sampling;

/// <summary>How <see cref="DdimSampler"/> turns prompts into images.</summary>
public sealed record SamplingOptions
{
    /// <summary>DDIM reverse steps.</summary>
    public int Steps { get; init; } = 50;

    /// <summary>Stochasticity of each step: 0 = deterministic DDIM (no log-probabilities), 1 = DDPM-like (DDPO samples with 1).</summary>
    public double Eta { get; init; }

    /// <summary>Classifier-free guidance scale w in e = e_uncond + w (e_cond - e_uncond); 1 = plain conditional, 0 = unconditional.</summary>
    public double GuidanceScale { get; init; } = 3.0;

    /// <summary>Seed of the sampler's own generator for the starting noise and the per-step noise: same seed, same images.</summary>
    public long Seed { get; init; }

    /// <summary>Timestep offset of the DDIM spacing (see <see cref="Schedulers.DdimScheduler"/>); 1 as in Stable Diffusion and DDPO.</summary>
    public int StepsOffset { get; init; } = 1;

    /// <summary>Keep every step's latents and log-probabilities (needed by DDPO; costs memory).</summary>
    public bool RecordTrajectory { get; init; }
}
