using RL4Med.Augment.Rewards.Training;

namespace RL4Med.Augment.Rewards.RewardModels;

/// <summary>
/// How the reward model and the evaluator are trained. The evaluator is deliberately different, so that the generator
/// is never judged by the model it learned to please: another seed, wider stages and, by default, other lesions.
/// </summary>
public sealed record RewardModelPairOptions
{
    /// <summary>The reward model's options; the evaluator's derive from them (<see cref="EvaluatorOptions"/>).
    /// Its seed also seeds the lesion halves.</summary>
    public AttributeClassifierOptions Reward { get; init; } = new();

    /// <summary>The evaluator's stage widths are the reward model's times this, rounded to a multiple of 8.</summary>
    public double EvaluatorWidthScale { get; init; } = 1.5;

    /// <summary>Added to the reward model's seed to give the evaluator's.</summary>
    public int EvaluatorSeedOffset { get; init; } = 1000;

    /// <summary>Which training images each model learns from.</summary>
    public EvaluatorData Data { get; init; } = EvaluatorData.DisjointHalves;

    /// <summary>The evaluator's options: the reward model's with the other seed and the scaled widths.</summary>
    public AttributeClassifierOptions EvaluatorOptions() => Reward with
    {
        Seed = Reward.Seed + EvaluatorSeedOffset,
        Widths = Reward.Widths.Select(w => 8 * Math.Max(1, (int)Math.Round(w * EvaluatorWidthScale / 8, MidpointRounding.AwayFromZero))).ToArray(),
    };

    /// <summary>Throws naming the first option out of range.</summary>
    public void Validate()
    {
        Reward.Validate();
        if (EvaluatorWidthScale <= 0) throw new ArgumentException($"option '{nameof(EvaluatorWidthScale)}' must be positive");
        if (EvaluatorSeedOffset == 0) throw new ArgumentException($"option '{nameof(EvaluatorSeedOffset)}' must not be 0: the evaluator needs its own seed");
    }
}
