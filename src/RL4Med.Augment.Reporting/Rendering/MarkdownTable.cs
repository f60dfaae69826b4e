using System.Text;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>A <see cref="ReportTable"/> as GitHub Markdown: heading, table, note.</summary>
internal static class MarkdownTable
{
    /// <summary>Appends <paramref name="table"/>; rows too few to judge name <paramref name="minimumTestImages"/>.</summary>
    public static void Append(StringBuilder markdown, ReportTable table, int minimumTestImages)
    {
        markdown.AppendLine($"### {Escape(table.Title)}").AppendLine();
        markdown.AppendLine("| " + string.Join(" | ", table.Columns.Select(Escape)) + " |");
        markdown.AppendLine("| " + string.Join(" | ", table.Columns.Select((_, index) => index == 0 ? "---" : "---:")) + " |");
        foreach (TableRow row in table.Rows)
            markdown.AppendLine("| " + string.Join(" | ", row.Cells.Select((cell, index) => index == 0 ? Label(cell.Text, row.Marks, minimumTestImages) : Cell(cell))) + " |");
        markdown.AppendLine();
        if (table.Note is not null) markdown.AppendLine($"_{Escape(table.Note)}_").AppendLine();
    }

    /// <summary>Pipes would end a cell; the rest of Markdown's syntax is harmless in this text.</summary>
    public static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private static string Label(string text, RowMarks marks, int minimumTestImages)
    {
        string label = Escape(text);
        if (marks.HasFlag(RowMarks.Total)) label = $"**{label}**";
        if (marks.HasFlag(RowMarks.UnderRepresented)) label += " ⚑ under-represented";
        if (marks.HasFlag(RowMarks.TooFewToJudge)) label += $" _(too few to judge, n < {minimumTestImages})_";
        return label;
    }

    private static string Cell(TableCell cell)
    {
        string value = Escape(cell.Text);
        if (cell.Interval is not null) value += " " + Escape(cell.Interval);
        if (cell.Verdict != CellVerdict.None) value = $"**{value}**";
        if (cell.Note is not null) value += $" ({Escape(cell.Note)})";
        return value;
    }
}
