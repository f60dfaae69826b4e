namespace RL4Med.Augment.Reporting.Computation;

/// <summary>The answer of the report: did synthetic images help the rare subgroups without hurting the others, beyond chance?</summary>
/// <param name="Arm">The arm the answer is about, e.g. <c>ddpo_augmented</c>.</param>
/// <param name="Baseline">The arm it had to beat, e.g. <c>oversampling</c>.</param>
/// <param name="Sentence">The answer in one plain sentence, about worst-subgroup accuracy.</param>
/// <param name="Details">Supporting sentences: overall accuracy, the under-represented and the other subgroups.</param>
/// <param name="Rows">The headline table, one row per arm.</param>
public sealed record Headline(string Arm, string Baseline, string Sentence, IReadOnlyList<string> Details, IReadOnlyList<HeadlineRow> Rows);
