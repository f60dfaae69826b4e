namespace RL4Med.Augment.Metrics;

/// <summary>
/// What a metric is computed on: the rows of a subset, each counted as often as its multiplicity says
/// (one for a point estimate, the number of times it was drawn for a bootstrap resample).
/// </summary>
internal readonly struct RowSample(RowSubset subset, int[] multiplicity)
{
    public RowSubset Subset { get; } = subset;

    public PredictionSet Set => Subset.Set;

    /// <summary>How often each row of <see cref="Set"/> counts; indexed by row of the whole set.</summary>
    public int[] Multiplicity { get; } = multiplicity;
}
