using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;
using static TorchSharp.torch;

namespace RL4Med.Augment.Rewards.Reward;

/// <summary>
/// The DDPO reward: how well generated images show what their prompts asked for, judged by the reward model.
/// Every attribute the target constrains counts equally, absent artifacts included, so "melanoma, no ruler"
/// earns a point for an image the reward model sees without a ruler.
/// </summary>
public sealed class AttributeReward
{
    /// <summary>A reward judged by <paramref name="model"/> (the reward model, never the evaluator).</summary>
    public AttributeReward(AttributeClassifier model, RewardMode mode = RewardMode.Exact)
    {
        Model = model;
        Mode = mode;
    }

    public AttributeClassifier Model { get; }

    public RewardMode Mode { get; }

    /// <summary>One reward in [0, 1] per image of <paramref name="images"/> [N, C, H, W] in [-1, 1], against its prompt's target.</summary>
    public float[] Score(Tensor images, IReadOnlyList<AttributeTarget> targets) => Score(Model.Predict(images), targets, Mode);

    /// <summary>The reward rule on given predictions: per image, the mean over the target's constrained heads of a hit (exact) or of the target value's probability (soft).</summary>
    public static float[] Score(AttributePrediction prediction, IReadOnlyList<AttributeTarget> targets, RewardMode mode)
    {
        if (targets.Count != prediction.Count) throw new ArgumentException($"{targets.Count} targets for {prediction.Count} images");
        var rewards = new float[prediction.Count];
        for (int i = 0; i < rewards.Length; i++)
        {
            var labels = prediction.Heads.Encode(targets[i].Values);
            double sum = 0;
            int constrained = 0;
            for (int h = 0; h < labels.Length; h++)
            {
                if (labels[h] == AttributeHeads.Unknown) continue;
                constrained++;
                sum += mode == RewardMode.Exact
                    ? (prediction.PredictedClass(i, h) == labels[h] ? 1 : 0)
                    : prediction.ProbabilityOf(i, h, labels[h]);
            }
            rewards[i] = (float)(sum / constrained);
        }
        return rewards;
    }
}
