namespace RL4Med.Augment.Ddpo.Training;

/// <summary>What an epoch's updates did, averaged over every trained (sample, timestep) pair of every pass.</summary>
/// <param name="Loss">Mean clipped surrogate loss.</param>
/// <param name="ApproximateKl">Mean of 0.5 (log p_new - log p_old)^2: how far the policy has moved from the sampling one.</param>
/// <param name="ClipFraction">Share of pairs whose ratio was outside the clip range.</param>
/// <param name="OptimizerSteps">AdamW steps taken.</param>
/// <param name="NonFiniteRetries">Updates retried because their gradient norm was NaN or infinite.</param>
internal sealed record UpdateStatistics(double Loss, double ApproximateKl, double ClipFraction, int OptimizerSteps, int NonFiniteRetries);
