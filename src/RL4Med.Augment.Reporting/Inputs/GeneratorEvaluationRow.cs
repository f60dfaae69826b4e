namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>One row of a <see cref="GeneratorEvaluationTable"/>.</summary>
/// <param name="Label">The prompt, diagnosis or other thing the row is about.</param>
/// <param name="IsRare">Whether it belongs to an under-represented subgroup; such rows are highlighted.</param>
/// <param name="Values">One value per column of the table; NaN where there is none.</param>
public sealed record GeneratorEvaluationRow(string Label, bool IsRare, IReadOnlyList<double> Values);
