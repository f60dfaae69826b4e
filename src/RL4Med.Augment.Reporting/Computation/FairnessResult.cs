namespace RL4Med.Augment.Reporting.Computation;

/// <summary>Fairlearn's group-fairness summaries of one arm, one-vs-rest for the positive class, over the subgroups with enough test images.</summary>
/// <param name="EqualizedOddsDifference">The larger between-subgroup difference of true and false positive rates; 0 is equal error rates.</param>
/// <param name="DemographicParityDifference">The between-subgroup difference of the share predicted positive.</param>
public sealed record FairnessResult(double EqualizedOddsDifference, double DemographicParityDifference);
