using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Runs.Evaluation;

/// <summary>What evaluate-generator hands back: its measurements and, with both generators, their comparison with intervals.</summary>
/// <param name="Result">Everything it measured, as written to <see cref="GeneratorEvaluationTables.FileName"/>.</param>
/// <param name="Comparison">Pretrained against DDPO with bootstrap intervals (<see cref="GeneratorEvidence"/>); null unless both were evaluated.</param>
public sealed record EvaluatedGenerators(GeneratorEvaluationResult Result, GeneratorComparison? Comparison);
