using TorchSharp;
using RL4Med.Augment.Ddpo.Rewards;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Diffusion.Schedulers;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>
/// The policy DDPO trains: a guided DDIM step of the generator. <see cref="Sampler"/> takes the actions; <see cref="LogProb"/>
/// recomputes the log-probability of a recorded action with the current weights by the same guided noise prediction
/// and the same scheduler formula, so that before any update log p_new equals log p_old bit for bit (for batches of
/// two or more images: CPU kernels pick another algorithm for a single image, about 1e-7 apart).
/// </summary>
internal sealed class GuidedPolicy
{
    private readonly DdpoOptions options;
    private readonly DdimScheduler scheduler;

    public GuidedPolicy(TrainedGenerator generator, DdpoOptions options)
    {
        this.options = options;
        Sampler = generator.CreateSampler();
        var sampling = Sampling(seed: 0, recordTrajectory: false);
        scheduler = new DdimScheduler(Sampler.Schedule, sampling.Steps, sampling.Eta, sampling.StepsOffset);
    }

    /// <summary>Samples with the current weights.</summary>
    public DdimSampler Sampler { get; }

    /// <summary>Sampler settings of the policy with the given noise seed.</summary>
    public SamplingOptions Sampling(long seed, bool recordTrajectory) => new()
    {
        Steps = options.Steps,
        Eta = options.Eta,
        GuidanceScale = options.GuidanceScale,
        Seed = seed,
        RecordTrajectory = recordTrajectory,
    };

    /// <summary>The unconditional/conditional prompt encodings of <paramref name="prompts"/>, without gradients (the text encoder is frozen).</summary>
    public TextEncoding EncodePrompts(IReadOnlyList<DdpoPrompt> prompts)
    {
        using var noGrad = torch.no_grad();
        return Sampler.EncodePromptPairs(prompts.Select(p => p.Text).ToArray());
    }

    /// <summary>
    /// log p(<paramref name="nextLatents"/> | <paramref name="latents"/>) [B] of the steps at <paramref name="timesteps"/> [B],
    /// differentiable with respect to the weights, for prompts encoded by <see cref="EncodePrompts"/>.
    /// </summary>
    public Tensor LogProb(Tensor latents, Tensor timesteps, Tensor nextLatents, TextEncoding promptPairs)
    {
        var noise = Sampler.PredictGuidedNoise(latents, timesteps, promptPairs, options.GuidanceScale);
        return scheduler.LogProb(latents, noise, timesteps, nextLatents);
    }
}
