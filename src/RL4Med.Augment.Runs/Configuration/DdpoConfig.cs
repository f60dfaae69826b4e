using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Rewards.Reward;

namespace RL4Med.Augment.Runs.Configuration;

/// <summary>The DDPO section of a run configuration (stage <c>ddpo</c> of <c>train-generator</c>).</summary>
public sealed class DdpoConfig
{
    /// <summary><c>exact</c> (the paper: share of the prompt's attributes the reward model predicts) or <c>soft</c>
    /// (mean probability of each target value).</summary>
    public RewardMode Reward { get; set; } = RewardMode.Exact;

    /// <summary>
    /// The DDPO hyperparameters (defaults: the paper's). <c>steps</c>, <c>eta</c> and <c>guidanceScale</c> come from
    /// <c>generator.sampling</c>, as the tuned policy is later sampled exactly as it was trained; the seed, device and
    /// output folder are set by the run. A file that gives any of these is refused.
    /// </summary>
    public DdpoOptions Training { get; set; } = new();

    /// <summary>The training options with the sampler of <paramref name="sampling"/> (seed, device and folder still to set).</summary>
    public DdpoOptions TrainingOptions(SamplingOptions sampling) =>
        Training with { Steps = sampling.Steps, Eta = sampling.Eta, GuidanceScale = sampling.GuidanceScale };
}
