namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>One table of a <see cref="GeneratorEvaluation"/>.</summary>
/// <param name="Title">Heading, e.g. "Per prompt".</param>
/// <param name="RowHeader">What a row is, e.g. "prompt" or "diagnosis".</param>
/// <param name="Columns">Column names, e.g. "APR pretrained", "APR DDPO"; each row has one value per column.</param>
/// <param name="Rows">The rows.</param>
/// <param name="Note">Optional sentence under the table, e.g. how APR is defined.</param>
public sealed record GeneratorEvaluationTable(
    string Title,
    string RowHeader,
    IReadOnlyList<string> Columns,
    IReadOnlyList<GeneratorEvaluationRow> Rows,
    string? Note = null);
