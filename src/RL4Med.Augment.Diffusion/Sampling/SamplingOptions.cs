using System.Text.Json.Serialization;

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

    /// <summary>
    /// One seed per prompt, or null. When set, <see cref="Seed"/> is not used: each image draws its starting noise and
    /// every step's noise from a generator of its own, so an image depends only on its prompt and seed, not on which
    /// other images share its batch (batches can be split, resumed or spread over machines). Per call, never configured.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<long>? Seeds { get; init; }

    /// <summary>
    /// When set, every call runs the network on exactly this many images: a call with fewer prompts is padded with copies
    /// of its last prompt and seed, whose images are dropped. Floating-point kernels choose their algorithm by batch size,
    /// so only with a fixed batch size (and <see cref="Seeds"/>) is an image bit-identical whether it was sampled alone or
    /// with others; without it the difference is at the 1e-6 level. Null: no padding.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PadToBatchSize { get; init; }

    /// <summary>Timestep offset of the DDIM spacing (see <see cref="Schedulers.DdimScheduler"/>); 1 as in Stable Diffusion and DDPO.</summary>
    public int StepsOffset { get; init; } = 1;

    /// <summary>Keep every step's latents and log-probabilities (needed by DDPO; costs memory).</summary>
    public bool RecordTrajectory { get; init; }
}
