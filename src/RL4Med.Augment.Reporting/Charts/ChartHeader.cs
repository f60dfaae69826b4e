namespace RL4Med.Augment.Reporting.Charts;

/// <summary>The top of every chart: its title, then its legend.</summary>
internal static class ChartHeader
{
    private const double TitleBaseline = ChartStyle.Margin + 16;
    private const double LegendTop = TitleBaseline + 12;
    private const double GapBelow = 12;

    /// <summary>Where the plot may start below a header with <paramref name="legend"/>.</summary>
    public static double Bottom(ChartLegend legend) => LegendTop + legend.Height + GapBelow;

    /// <summary>Draws the title at the left margin and the legend from <paramref name="legendLeft"/>.</summary>
    public static void Draw(SvgCanvas canvas, string title, ChartLegend legend, double legendLeft)
    {
        canvas.Text(ChartStyle.Margin, TitleBaseline, title, ChartStyle.Title, "chart-title");
        legend.Draw(canvas, legendLeft, LegendTop);
    }
}
