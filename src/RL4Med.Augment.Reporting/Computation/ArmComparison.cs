namespace RL4Med.Augment.Reporting.Computation;

/// <summary>Paired differences of one arm against one baseline on the same test images.</summary>
/// <param name="Arm">The arm.</param>
/// <param name="Baseline">The baseline, e.g. <c>oversampling</c>.</param>
/// <param name="Accuracy">Difference of overall accuracy.</param>
/// <param name="WorstGroupAccuracy">Difference of worst-subgroup accuracy (each arm's own worst subgroup).</param>
/// <param name="BalancedAccuracy">Difference of overall balanced accuracy.</param>
/// <param name="Sensitivity">Difference of the positive class's recall.</param>
/// <param name="SubgroupAccuracy">Difference of accuracy in each subgroup.</param>
public sealed record ArmComparison(
    string Arm,
    string Baseline,
    PairedDifference Accuracy,
    PairedDifference WorstGroupAccuracy,
    PairedDifference BalancedAccuracy,
    PairedDifference Sensitivity,
    IReadOnlyList<SubgroupDifference> SubgroupAccuracy);
