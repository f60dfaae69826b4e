using RL4Med.Augment.Rewards.Heads;

namespace RL4Med.Augment.Rewards.Training;

/// <summary>
/// Loss weights against class imbalance, counted over the known labels of the training images: per softmax head,
/// class c weighs n / (k x n_c) (k = classes that occur, so the mean weight over images is 1); per binary head,
/// positives weigh n_negative / n_positive (the <c>pos_weight</c> of binary cross-entropy). Weights are 1 where a
/// head has no known label or only one class.
/// </summary>
public sealed class ClassBalance
{
    private readonly float[][] _weights;

    private ClassBalance(float[][] weights) => _weights = weights;

    /// <summary>Counts the classes of each head in <paramref name="labels"/> (unknown entries ignored).</summary>
    public static ClassBalance Compute(AttributeHeads heads, IReadOnlyList<int[]> labels)
    {
        var weights = new float[heads.Count][];
        for (int h = 0; h < heads.Count; h++)
        {
            var counts = new long[heads[h].Values.Count];
            foreach (var label in labels)
                if (label[h] != AttributeHeads.Unknown) counts[label[h]]++;
            weights[h] = heads[h].IsBinary ? new[] { NegativeToPositive(counts) } : InverseFrequency(counts);
        }
        return new ClassBalance(weights);
    }

    /// <summary>Weight of each class of softmax head <paramref name="head"/>.</summary>
    public float[] ClassWeights(int head) => _weights[head];

    /// <summary>Weight of the positive class of binary head <paramref name="head"/> (negatives weigh 1).</summary>
    public float PositiveWeight(int head) => _weights[head][0];

    private static float[] InverseFrequency(long[] counts)
    {
        long total = counts.Sum();
        int present = counts.Count(c => c > 0);
        return counts.Select(c => c > 0 && present > 1 ? (float)(total / ((double)present * c)) : 1f).ToArray();
    }

    private static float NegativeToPositive(long[] counts) =>
        counts[0] > 0 && counts[1] > 0 ? (float)((double)counts[0] / counts[1]) : 1f;
}
