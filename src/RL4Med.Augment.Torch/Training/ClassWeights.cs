namespace RL4Med.Augment.Torch.Training;

/// <summary>
/// The project's one definition of loss weights against class imbalance, for every classifier it trains (the disease
/// classifier and each head of the attribute classifiers).
/// </summary>
public static class ClassWeights
{
    /// <summary>
    /// Inverse frequency over the classes that occur: with n labelled images, k classes present and n_c images of class
    /// c, class c weighs n / (k × n_c), so each present class contributes equally and the mean weight over the images is
    /// 1. A class without images weighs 0: it is never a target, so its weight cannot change a loss.
    /// </summary>
    public static float[] InverseFrequency(IReadOnlyList<long> counts)
    {
        if (counts.Count == 0) throw new ArgumentException("no classes", nameof(counts));
        double total = counts.Sum();
        int present = counts.Count(count => count > 0);
        return counts.Select(count => count == 0 ? 0f : (float)(total / (present * (double)count))).ToArray();
    }

    /// <summary>
    /// The weight of a binary target's positives, n_negative / n_positive (binary cross-entropy's <c>pos_weight</c>):
    /// positives and negatives then contribute equally. 1 when either side has no images.
    /// </summary>
    public static float PositiveWeight(long negatives, long positives) =>
        negatives > 0 && positives > 0 ? (float)((double)negatives / positives) : 1f;
}
