namespace RL4Med.Augment.Reporting.Computation;

/// <summary>One arm's numbers of the classifier claim, across seeds, with paired differences pooled over seeds.</summary>
/// <param name="Arm">The arm.</param>
/// <param name="Values">Quantity key (see the claim table's columns) to its spread across seeds.</param>
/// <param name="Differences">Baseline (<c>oversampling</c>, <c>real_only</c>) to quantity key to the arm minus baseline, pooled over seeds, with its paired cluster-bootstrap interval.</param>
public sealed record ClassifierClaimRow(
    string Arm,
    IReadOnlyDictionary<string, SeedSpread> Values,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, PairedDifference>> Differences);
