namespace RL4Med.Augment.Ddpo.Logging;

/// <summary>The rewards of one prompt key in one epoch.</summary>
/// <param name="Count">Samples drawn for the prompt.</param>
/// <param name="Mean">Their mean reward.</param>
/// <param name="Std">Their reward's (population) standard deviation.</param>
public sealed record PromptRewardStatistics(int Count, double Mean, double Std)
{
    /// <summary>The statistics of <paramref name="rewards"/> (at least one).</summary>
    public static PromptRewardStatistics Of(IReadOnlyCollection<float> rewards)
    {
        var mean = rewards.Average(r => (double)r);
        return new PromptRewardStatistics(rewards.Count, mean, Math.Sqrt(rewards.Average(r => (r - mean) * (r - mean))));
    }
}
