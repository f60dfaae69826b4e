using RL4Med.Augment.Rewards.Heads;

namespace RL4Med.Augment.Rewards.Model;

/// <summary>
/// Head probabilities of N images, in the classifier's logit layout: a softmax head's class probabilities,
/// a binary head's single P(value = 1). Hand-built instances are how the reward rule and the metrics are tested.
/// </summary>
public sealed class AttributePrediction
{
    private readonly float[,] probabilities;

    /// <summary>Wraps an [N, <see cref="AttributeHeads.LogitWidth"/>] matrix of probabilities.</summary>
    public AttributePrediction(AttributeHeads heads, float[,] probabilities)
    {
        if (probabilities.GetLength(1) != heads.LogitWidth)
            throw new ArgumentException($"{probabilities.GetLength(1)} probability columns for heads that need {heads.LogitWidth}");
        Heads = heads;
        this.probabilities = probabilities;
    }

    public AttributeHeads Heads { get; }

    /// <summary>Number of images.</summary>
    public int Count => probabilities.GetLength(0);

    /// <summary>The probability that image <paramref name="sample"/> has class <paramref name="classIndex"/> of head <paramref name="head"/>.</summary>
    public float ProbabilityOf(int sample, int head, int classIndex)
    {
        int offset = Heads.LogitOffset(head);
        if (!Heads[head].IsBinary) return probabilities[sample, offset + classIndex];
        float positive = probabilities[sample, offset];
        return classIndex == 1 ? positive : 1f - positive;
    }

    /// <summary>The most probable class of head <paramref name="head"/> for image <paramref name="sample"/>: argmax, or P(1) &gt; 0.5 for a binary head.</summary>
    public int PredictedClass(int sample, int head)
    {
        int offset = Heads.LogitOffset(head);
        if (Heads[head].IsBinary) return probabilities[sample, offset] > 0.5f ? 1 : 0;
        int best = 0;
        for (int c = 1; c < Heads[head].LogitCount; c++)
            if (probabilities[sample, offset + c] > probabilities[sample, offset + best]) best = c;
        return best;
    }
}
