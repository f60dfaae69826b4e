namespace RL4Med.Augment.Reporting.Computation;

/// <summary>The classifier claim's table: every arm on the claim's quantities, over every classifier seed.</summary>
/// <param name="Seeds">Classifier seeds pooled: the generator is trained once, the classifier arms once per seed.</param>
/// <param name="Quantities">Quantity key to its column heading, in column order.</param>
/// <param name="UnderRepresentedSubgroups">The subgroups pooled as "under-represented".</param>
/// <param name="Rows">One row per arm, in report order.</param>
public sealed record ClassifierClaim(
    int Seeds,
    IReadOnlyDictionary<string, string> Quantities,
    IReadOnlyList<string> UnderRepresentedSubgroups,
    IReadOnlyList<ClassifierClaimRow> Rows);
