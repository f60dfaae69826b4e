namespace RL4Med.Augment.Ddpo.Logging;

/// <summary>One DDPO epoch, as logged.</summary>
/// <param name="Epoch">The epoch's number (1-based).</param>
/// <param name="RewardMean">Mean reward of the epoch's samples (drawn before the epoch's updates).</param>
/// <param name="RewardStd">Their (population) standard deviation.</param>
/// <param name="PromptRewards">Reward statistics per prompt key.</param>
/// <param name="ApproximateKl">Mean 0.5 (log p_new - log p_old)^2 over the trained steps: how far the updates moved the policy.</param>
/// <param name="ClipFraction">Share of trained steps whose likelihood ratio left [1 - c, 1 + c].</param>
/// <param name="Loss">Mean clipped surrogate loss.</param>
/// <param name="OptimizerSteps">AdamW steps taken.</param>
/// <param name="NonFiniteRetries">Updates retried on the same samples because their gradient norm was NaN or infinite.</param>
/// <param name="SamplingSeconds">Time spent sampling and scoring.</param>
/// <param name="UpdateSeconds">Time spent recomputing log-probabilities and updating.</param>
/// <param name="Seconds">Time of the epoch's sampling, scoring, statistics and updates (checkpoints and sample grids not included).</param>
public sealed record DdpoEpochLog(
    int Epoch,
    double RewardMean,
    double RewardStd,
    IReadOnlyDictionary<string, PromptRewardStatistics> PromptRewards,
    double ApproximateKl,
    double ClipFraction,
    double Loss,
    int OptimizerSteps,
    int NonFiniteRetries,
    double SamplingSeconds,
    double UpdateSeconds,
    double Seconds);
