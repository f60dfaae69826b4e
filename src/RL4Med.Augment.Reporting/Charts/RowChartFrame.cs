namespace RL4Med.Augment.Reporting.Charts;

/// <summary>
/// The frame of a chart with one row per subgroup: title and legend on top, row labels on the left, an amber band
/// behind each under-represented row, and a value axis along the bottom. The chart then draws its marks on
/// <see cref="Canvas"/>, placing them with <see cref="X"/> and <see cref="RowCentre"/>.
/// </summary>
internal sealed class RowChartFrame
{
    private const double LabelGap = 12;
    private const double MinimumPlotWidth = 480;
    private const double BandEdgeWidth = 4;

    private static readonly LegendItem UnderRepresentedEntry =
        new("under-represented subgroup", LegendMark.Band, ChartStyle.UnderRepresentedBand, ChartStyle.UnderRepresentedEdge);

    private readonly double plotTop;
    private readonly double rowHeight;

    /// <summary>Lays the frame out for <paramref name="rows"/> and draws it.</summary>
    /// <param name="title">The chart's title, also its accessible name.</param>
    /// <param name="rows">The rows, top down.</param>
    /// <param name="rowHeight">Height of each row in pixels.</param>
    /// <param name="legend">Legend entries, drawn above the plot; the amber band's entry follows when a row has it.</param>
    /// <param name="ticks">Ticks of the value axis; its first and last are the axis ends.</param>
    /// <param name="axisTitle">Title under the value axis.</param>
    /// <param name="rightMargin">Room right of the plot, e.g. for labels at the end of the longest bars.</param>
    public RowChartFrame(string title, IReadOnlyList<ChartRow> rows, double rowHeight, IReadOnlyList<LegendItem> legend, NiceTicks ticks, string axisTitle, double rightMargin)
    {
        this.rowHeight = rowHeight;
        double plotLeft = ChartStyle.Margin + BandEdgeWidth + rows.Max(row => row.LabelWidth) + LabelGap;
        // Long labels widen the chart rather than squeeze the plot or overlap it; the page scales it down.
        Width = Math.Max(ChartStyle.Width, plotLeft + MinimumPlotWidth + rightMargin);
        double plotRight = Width - rightMargin;
        LegendItem[] entries = rows.Any(row => row.UnderRepresented) ? [.. legend, UnderRepresentedEntry] : [.. legend];
        var chartLegend = new ChartLegend(entries, plotRight - plotLeft);
        plotTop = ChartHeader.Bottom(chartLegend);
        double plotBottom = plotTop + rows.Count * rowHeight;
        Height = plotBottom + ChartAxis.BottomHeight;
        X = new LinearScale(ticks.First, ticks.Last, plotLeft, plotRight);

        Canvas = new SvgCanvas(title);
        ChartHeader.Draw(Canvas, title, chartLegend, plotLeft);
        DrawRows(rows, plotLeft, plotRight);
        ChartAxis.DrawBottom(Canvas, X, ticks, plotTop, plotBottom, axisTitle);
    }

    /// <summary>The canvas, with the frame drawn.</summary>
    public SvgCanvas Canvas { get; }

    /// <summary>The value axis: value to horizontal pixel.</summary>
    public LinearScale X { get; }

    /// <summary>Width of the chart: <see cref="ChartStyle.Width"/>, or more for long labels.</summary>
    public double Width { get; }

    /// <summary>Height of the chart.</summary>
    public double Height { get; }

    /// <summary>The vertical pixel of the middle of row <paramref name="row"/> (0 is the top row).</summary>
    public double RowCentre(int row) => plotTop + (row + 0.5) * rowHeight;

    /// <summary>A dashed rule under row <paramref name="row"/>, setting the rows above it apart.</summary>
    public void SeparateBelow(int row)
    {
        double y = plotTop + (row + 1) * rowHeight;
        Canvas.Line(ChartStyle.Margin, y, X.RangeEnd, y, Paint.Stroked(ChartStyle.Axis, dash: "4 3"), "separator");
    }

    /// <summary>The finished SVG element.</summary>
    public string ToSvg() => Canvas.ToSvg(Width, Height);

    private void DrawRows(IReadOnlyList<ChartRow> rows, double plotLeft, double plotRight)
    {
        for (int row = 0; row < rows.Count; row++)
        {
            double top = plotTop + row * rowHeight, middle = RowCentre(row);
            if (rows[row].UnderRepresented)
            {
                Canvas.Rect(ChartStyle.Margin, top, plotRight - ChartStyle.Margin, rowHeight, Paint.Filled(ChartStyle.UnderRepresentedBand), "rare-band");
                Canvas.Rect(ChartStyle.Margin, top, BandEdgeWidth, rowHeight, Paint.Filled(ChartStyle.UnderRepresentedEdge));
            }
            if (row > 0) Canvas.Line(ChartStyle.Margin, top, plotRight, top, Paint.Stroked(ChartStyle.RowRule), "row-rule");
            if (rows[row].Note is { } text)
            {
                // Two lines: the label just above the middle, the note just below it.
                Canvas.Text(plotLeft - LabelGap, middle - 7, rows[row].Label, rows[row].LabelStyle, "row-label");
                Canvas.Text(plotLeft - LabelGap, middle + 8, text, ChartRow.NoteStyle, "row-note");
            }
            else Canvas.Text(plotLeft - LabelGap, middle, rows[row].Label, rows[row].LabelStyle, "row-label");
        }
    }
}
