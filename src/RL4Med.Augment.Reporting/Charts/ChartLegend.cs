namespace RL4Med.Augment.Reporting.Charts;

/// <summary>
/// Legend entries in a row above the plot, wrapping onto further rows when they run out of width: above, a
/// legend can never cover data.
/// </summary>
internal sealed class ChartLegend
{
    private const double SwatchWidth = 22;
    private const double SwatchGap = 6;
    private const double EntryGap = 24;
    private const double RowHeight = 22;

    private readonly List<(LegendItem Item, double X, double Y)> _entries = [];

    /// <summary>Lays out <paramref name="items"/> within <paramref name="maxWidth"/> pixels.</summary>
    public ChartLegend(IReadOnlyList<LegendItem> items, double maxWidth)
    {
        double x = 0, y = 0;
        foreach (LegendItem item in items)
        {
            double width = SwatchWidth + SwatchGap + TextWidth.Of(item.Label, ChartStyle.Label);
            if (x > 0 && x + width > maxWidth) (x, y) = (0, y + RowHeight);
            _entries.Add((item, x, y));
            x += width + EntryGap;
        }
        Height = _entries.Count == 0 ? 0 : y + RowHeight;
    }

    /// <summary>Height of all legend rows.</summary>
    public double Height { get; }

    /// <summary>Draws the legend with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public void Draw(SvgCanvas canvas, double left, double top)
    {
        foreach ((LegendItem item, double x, double y) in _entries)
        {
            double swatchLeft = left + x, middle = top + y + RowHeight / 2;
            Swatch(canvas, item, swatchLeft, middle);
            canvas.Text(swatchLeft + SwatchWidth + SwatchGap, middle, item.Label, ChartStyle.Label, "legend-label");
        }
    }

    private static void Swatch(SvgCanvas canvas, LegendItem item, double left, double middle)
    {
        double centre = left + SwatchWidth / 2;
        switch (item.Mark)
        {
            case LegendMark.DotWithWhisker:
                canvas.Line(left + 2, middle, left + SwatchWidth - 2, middle, Paint.Stroked(item.Colour, 1.5));
                canvas.Circle(centre, middle, 4.5, Paint.Filled(item.Colour));
                break;
            case LegendMark.Bar:
                canvas.Rect(left + 2, middle - 6, SwatchWidth - 4, 12, Paint.Filled(item.Colour));
                break;
            case LegendMark.Line:
                canvas.Line(left, middle, left + SwatchWidth, middle, Paint.Stroked(item.Colour, 2.5));
                canvas.Circle(centre, middle, 3.5, Paint.Filled(item.Colour));
                break;
            case LegendMark.Band:
                canvas.Rect(left, middle - 7, SwatchWidth, 14, new Paint(Fill: item.Colour, Stroke: item.Edge));
                break;
        }
    }
}
