namespace RL4Med.Augment.Reporting.Computation;

/// <summary>Everything the report says about one arm.</summary>
/// <param name="Name">The arm, e.g. <c>ddpo_augmented</c>.</param>
/// <param name="TestImages">Test images the arm was evaluated on.</param>
/// <param name="Overall">Metric name to value and interval on all test images.</param>
/// <param name="Subgroups">One entry per subgroup, in ordinal order of the keys.</param>
/// <param name="Spread">How each metric (but n) varies across subgroups.</param>
/// <param name="Fairness">Equalized-odds and demographic-parity differences.</param>
/// <param name="Comparisons">Paired differences against each baseline that precedes the arm (none for <c>real_only</c>).</param>
public sealed record ArmResult(
    string Name,
    int TestImages,
    IReadOnlyDictionary<string, IntervalEstimate> Overall,
    IReadOnlyList<SubgroupResult> Subgroups,
    IReadOnlyList<SubgroupSpread> Spread,
    FairnessResult Fairness,
    IReadOnlyList<ArmComparison> Comparisons)
{
    /// <summary>The spread of <paramref name="metric"/> across subgroups.</summary>
    public SubgroupSpread SpreadOf(string metric) => Spread.Single(spread => spread.Metric == metric);

    /// <summary>The comparison against <paramref name="baseline"/>; null when the arm is not compared with it.</summary>
    public ArmComparison? VersusBaseline(string baseline) => Comparisons.SingleOrDefault(comparison => comparison.Baseline == baseline);
}
