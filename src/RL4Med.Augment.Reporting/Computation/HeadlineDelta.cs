namespace RL4Med.Augment.Reporting.Computation;

/// <summary>The headline table's differences of one arm against one baseline.</summary>
/// <param name="Baseline">The baseline.</param>
/// <param name="Accuracy">Difference of overall accuracy.</param>
/// <param name="WorstGroupAccuracy">Difference of worst-subgroup accuracy.</param>
public sealed record HeadlineDelta(string Baseline, PairedDifference Accuracy, PairedDifference WorstGroupAccuracy);
