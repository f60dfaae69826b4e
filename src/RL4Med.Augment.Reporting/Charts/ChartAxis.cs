namespace RL4Med.Augment.Reporting.Charts;

/// <summary>Value axes with a grid line at every tick; drawn before the data, so the data covers the grid.</summary>
internal static class ChartAxis
{
    /// <summary>Room a bottom axis takes under the plot: tick marks, tick labels and the axis title.</summary>
    public const double BottomHeight = 52;

    /// <summary>Room a left axis takes beside the plot, for tick labels and the rotated title.</summary>
    public const double LeftWidth = 64;

    private const double TickLength = 5;

    /// <summary>
    /// An axis along the bottom edge of the plot for the horizontal scale <paramref name="x"/>: a grid line up the
    /// plot at every tick, the tick labels under the edge and <paramref name="title"/> under them.
    /// </summary>
    public static void DrawBottom(SvgCanvas canvas, LinearScale x, NiceTicks ticks, double plotTop, double plotBottom, string title)
    {
        foreach (double value in ticks.Values)
        {
            double at = x.Map(value);
            canvas.Line(at, plotTop, at, plotBottom, Paint.Stroked(ChartStyle.Grid), "grid");
            canvas.Line(at, plotBottom, at, plotBottom + TickLength, Paint.Stroked(ChartStyle.Axis));
            canvas.Text(at, plotBottom + TickLength + 14, ticks.Label(value), ChartStyle.Tick, "tick-label");
        }
        canvas.Line(x.RangeStart, plotBottom, x.RangeEnd, plotBottom, Paint.Stroked(ChartStyle.Axis));
        canvas.Text((x.RangeStart + x.RangeEnd) / 2, plotBottom + BottomHeight - 8, title, ChartStyle.AxisTitle, "axis-title");
    }

    /// <summary>
    /// An axis along the left edge of the plot for the vertical scale <paramref name="y"/>: a grid line across
    /// the plot at every tick, the tick labels left of the edge and <paramref name="title"/>, rotated, left of them.
    /// </summary>
    public static void DrawLeft(SvgCanvas canvas, LinearScale y, NiceTicks ticks, double plotLeft, double plotRight, string title)
    {
        TextStyle tick = ChartStyle.Tick with { Anchor = TextAnchor.End, Centred = true };
        foreach (double value in ticks.Values)
        {
            double at = y.Map(value);
            canvas.Line(plotLeft, at, plotRight, at, Paint.Stroked(ChartStyle.Grid), "grid");
            canvas.Line(plotLeft - TickLength, at, plotLeft, at, Paint.Stroked(ChartStyle.Axis));
            canvas.Text(plotLeft - TickLength - 4, at, ticks.Label(value), tick, "y-tick-label");
        }
        canvas.Line(plotLeft, y.RangeStart, plotLeft, y.RangeEnd, Paint.Stroked(ChartStyle.Axis));
        canvas.Text(plotLeft - LeftWidth + 14, (y.RangeStart + y.RangeEnd) / 2, title, ChartStyle.AxisTitle with { Rotated = true }, "axis-title");
    }
}
