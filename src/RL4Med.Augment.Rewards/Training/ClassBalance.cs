using RL4Med.Augment.Rewards.Heads;
using Weights = RL4Med.Augment.Torch.Training.ClassWeights;

namespace RL4Med.Augment.Rewards.Training;

/// <summary>
/// The class weights of each head of an attribute classifier (<see cref="Weights"/>), counted over the known labels
/// of the training images: inverse frequency per softmax head, n_negative / n_positive per binary head.
/// </summary>
public sealed class ClassBalance
{
    private readonly float[][] weights;

    private ClassBalance(float[][] weights) => this.weights = weights;

    /// <summary>Counts the classes of each head in <paramref name="labels"/> (unknown entries ignored).</summary>
    public static ClassBalance Compute(AttributeHeads heads, IReadOnlyList<int[]> labels)
    {
        var weights = new float[heads.Count][];
        for (int h = 0; h < heads.Count; h++)
        {
            var counts = new long[heads[h].Values.Count];
            foreach (var label in labels)
                if (label[h] != AttributeHeads.Unknown) counts[label[h]]++;
            weights[h] = heads[h].IsBinary ? new[] { Weights.PositiveWeight(counts[0], counts[1]) }
                : counts.Sum() == 0 ? Enumerable.Repeat(1f, counts.Length).ToArray() : Weights.InverseFrequency(counts);
        }
        return new ClassBalance(weights);
    }

    /// <summary>Weight of each class of softmax head <paramref name="head"/>.</summary>
    public float[] ClassWeights(int head) => this.weights[head];

    /// <summary>Weight of the positive class of binary head <paramref name="head"/> (negatives weigh 1).</summary>
    public float PositiveWeight(int head) => this.weights[head][0];
}
