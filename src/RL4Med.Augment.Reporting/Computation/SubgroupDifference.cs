namespace RL4Med.Augment.Reporting.Computation;

/// <summary>Arm minus baseline accuracy in one subgroup.</summary>
/// <param name="Subgroup">The subgroup key.</param>
/// <param name="UnderRepresented">Whether the subgroup is one of the under-represented ones.</param>
/// <param name="TooFewToJudge">Whether it has fewer test images than the report's minimum.</param>
/// <param name="Accuracy">The paired difference of accuracy.</param>
public sealed record SubgroupDifference(string Subgroup, bool UnderRepresented, bool TooFewToJudge, PairedDifference Accuracy);
