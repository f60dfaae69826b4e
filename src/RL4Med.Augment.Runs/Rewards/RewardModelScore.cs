using RL4Med.Augment.Augmentation.Output;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Ddpo.Rewards;
using RL4Med.Augment.Rewards.Checkpoints;
using RL4Med.Augment.Rewards.Reward;
using static TorchSharp.torch;

namespace RL4Med.Augment.Runs.Rewards;

/// <summary>
/// The reward model's verdict on generated images: the DDPO reward (<see cref="IRewardFunction"/>) and the augment
/// stage's reward filter (<see cref="ISyntheticImageScorer"/>) are one score, so the filter drops exactly what DDPO
/// learned to avoid. Each image is scored against the target its prompt states (<see cref="AttributeTarget.FromPrompt"/>).
/// </summary>
public sealed class RewardModelScore : IRewardFunction, ISyntheticImageScorer, IDisposable
{
    private readonly AttributeReward reward;
    private readonly TrainedAttributeClassifier model;
    private readonly Dictionary<string, AttributeTarget> targetsByKey;

    /// <summary>Scores with <paramref name="model"/> (the reward model, never the evaluator; disposed with this) by the rule
    /// <paramref name="mode"/>. <paramref name="prompts"/> are the specs DDPO prompts are keyed by (<see cref="DdpoPrompt.For"/>).</summary>
    public RewardModelScore(TrainedAttributeClassifier model, RewardMode mode, IEnumerable<PromptSpec> prompts)
    {
        this.model = model;
        reward = new AttributeReward(model.Model, mode);
        targetsByKey = prompts.DistinctBy(p => p.Key).ToDictionary(p => p.Key, Target, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public string Name => $"reward model ({reward.Mode.ToString().ToLowerInvariant()} reward)";

    /// <inheritdoc />
    public float[] Score(Tensor images, IReadOnlyList<DdpoPrompt> prompts) =>
        Score(images, prompts.Select(p => targetsByKey.TryGetValue(p.Key, out var target)
            ? target : throw new ArgumentException($"no target for the DDPO prompt '{p.Text}' (key {p.Key})")).ToList());

    /// <inheritdoc />
    public float[] Score(Tensor images, IReadOnlyList<PromptSpec> prompts) => Score(images, prompts.Select(Target).ToList());

    // The model moves each batch to its own device and predicts without gradients.
    private float[] Score(Tensor images, IReadOnlyList<AttributeTarget> targets) => reward.Score(images, targets);

    /// <inheritdoc />
    public void Dispose() => model.Dispose();

    private AttributeTarget Target(PromptSpec spec) => AttributeTarget.FromPrompt(spec, model.Model.Heads);
}
