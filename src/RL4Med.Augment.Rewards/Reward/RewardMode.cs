namespace RL4Med.Augment.Rewards.Reward;

/// <summary>How <see cref="AttributeReward"/> turns head predictions into a reward in [0, 1].</summary>
public enum RewardMode
{
    /// <summary>The share of the prompt's attributes predicted correctly (argmax; P(1) &gt; 0.5 for flags): the paper's rule.</summary>
    Exact,

    /// <summary>The mean probability the reward model gives each target value: a smoother signal with the same optimum.</summary>
    Soft,
}
