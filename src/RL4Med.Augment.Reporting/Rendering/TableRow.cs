namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>One row of a <see cref="ReportTable"/>; the first cell is the row's label.</summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells, RowMarks Marks = RowMarks.None);
