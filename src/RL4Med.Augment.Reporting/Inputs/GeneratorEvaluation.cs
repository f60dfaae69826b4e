namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>
/// How well the generators do their job, as tables the run fills: e.g. one table per prompt (attribute
/// presence rate, diagnosis accuracy, per-attribute accuracy, pretrained vs DDPO) and one per diagnosis with
/// the Fréchet distances "FD (ResNet-18)" and "FD (evaluator features)". The report prints them as given.
/// </summary>
/// <param name="Tables">The tables, in report order.</param>
public sealed record GeneratorEvaluation(IReadOnlyList<GeneratorEvaluationTable> Tables);
