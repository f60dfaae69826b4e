namespace RL4Med.Augment.Reporting.Charts;

/// <summary>One labelled row of a chart with a row per subgroup.</summary>
/// <param name="Label">The row's label, e.g. a subgroup key.</param>
/// <param name="UnderRepresented">Whether to draw the row on the amber band of under-represented subgroups.</param>
/// <param name="Note">A second, smaller line under the label, e.g. "(n=4, too few)"; null for none.</param>
/// <param name="Total">Whether the row sums up the others (all test images): its label is bold, as in the tables.</param>
internal sealed record ChartRow(string Label, bool UnderRepresented, string? Note = null, bool Total = false)
{
    /// <summary>How the label is drawn, right-aligned against the plot.</summary>
    public TextStyle LabelStyle => ChartStyle.Label with { Anchor = TextAnchor.End, Bold = Total };

    /// <summary>How the note is drawn, right-aligned under the label.</summary>
    public static TextStyle NoteStyle { get; } = ChartStyle.RowNote with { Anchor = TextAnchor.End };

    /// <summary>The estimated width of the wider of label and note.</summary>
    public double LabelWidth => Math.Max(TextWidth.Of(Label, LabelStyle), Note is null ? 0 : TextWidth.Of(Note, NoteStyle));
}
