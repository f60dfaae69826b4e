namespace RL4Med.Augment.Diffusion.Sampling;

/// <summary>How <see cref="DdimSampler"/> turns prompts into images.</summary>
public sealed record SamplingOptions
{
    /// <summary>DDIM reverse steps.</summary>
    public int Steps { get; init; } = 50;

    /// <summary>
    /// Stochasticity of each step: 0 = deterministic DDIM (no log-probabilities), 1 = DDPM-like (as DDPO samples).
    /// 1 by default: the fresh noise of each step washes out the prediction errors of a briefly trained model, which
    /// deterministic DDIM leaves in the image as pixel noise.
    /// </summary>
    public double Eta { get; init; } = 1.0;

    /// <summary>Classifier-free guidance scale w in e = e_uncond + w (e_cond - e_uncond); 1 = plain conditional, 0 = unconditional.</summary>
    public double GuidanceScale { get; init; } = 3.0;

    /// <summary>Seed of the sampler's own generator for the starting noise and the per-step noise: same seed, same images.</summary>
    public long Seed { get; init; }

    /// <summary>Timestep offset of the DDIM spacing (see <see cref="Schedulers.DdimScheduler"/>); 1 as in Stable Diffusion and DDPO.</summary>
    public int StepsOffset { get; init; } = 1;

    /// <summary>Keep every step's latents and log-probabilities (needed by DDPO; costs memory).</summary>
    public bool RecordTrajectory { get; init; }
}
