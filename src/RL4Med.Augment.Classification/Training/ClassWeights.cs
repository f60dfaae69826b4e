namespace RL4Med.Augment.Classification.Training;

/// <summary>The per-class loss weights of a <see cref="ClassWeighting"/>.</summary>
public static class ClassWeights
{
    /// <summary>Weights for classes with <paramref name="counts"/> training images each (see <see cref="ClassWeighting"/>).</summary>
    public static float[] Compute(IReadOnlyList<long> counts, ClassWeighting weighting)
    {
        if (counts.Count == 0) throw new ArgumentException("no classes", nameof(counts));
        if (weighting == ClassWeighting.None) return Enumerable.Repeat(1f, counts.Count).ToArray();
        double total = counts.Sum();
        return counts.Select(n => n == 0 ? 0f : (float)(total / (counts.Count * (double)n))).ToArray();
    }
}
