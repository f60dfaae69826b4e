namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>
/// A table as both formats show it: built once from the results, then written as HTML and as Markdown, so the
/// two can never disagree.
/// </summary>
/// <param name="Title">Heading above the table.</param>
/// <param name="Columns">Column headings; the first heads the row labels.</param>
/// <param name="Rows">The rows.</param>
/// <param name="Note">Optional sentence under the table.</param>
internal sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows, string? Note = null);
