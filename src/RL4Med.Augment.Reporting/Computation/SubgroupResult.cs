namespace RL4Med.Augment.Reporting.Computation;

/// <summary>One arm's metrics on the test images of one subgroup.</summary>
/// <param name="Subgroup">The subgroup key.</param>
/// <param name="TestImages">Test images of the subgroup.</param>
/// <param name="UnderRepresented">Whether the subgroup is one of the under-represented ones.</param>
/// <param name="TooFewToJudge">Whether it has fewer test images than the report's minimum: shown, but left out of comparisons across subgroups.</param>
/// <param name="Metrics">Metric name to value and interval.</param>
public sealed record SubgroupResult(
    string Subgroup,
    int TestImages,
    bool UnderRepresented,
    bool TooFewToJudge,
    IReadOnlyDictionary<string, IntervalEstimate> Metrics);
