using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Charts;

/// <summary>
/// Real against synthetic training images per subgroup, as grouped horizontal bars with their counts at the ends.
/// The scale is linear: bar lengths compare honestly, and the printed counts keep short bars readable.
/// </summary>
internal static class ImageCountChart
{
    private const double BarHeight = 12;
    private const double BarGap = 2;
    private const double RowPadding = 12;
    private const double ValueGap = 4;

    /// <summary>The chart as an SVG element.</summary>
    public static string Render(IReadOnlyList<SubgroupCountRow> counts)
    {
        string[] sources = counts.SelectMany(row => row.SyntheticTrain.Keys).Distinct().ToArray();
        (string Label, string Colour, Func<SubgroupCountRow, int> Count)[] series =
        [
            ("real train", ChartStyle.RealImages, row => row.RealTrain),
            .. sources.Select((source, index) => ($"synthetic ({source})", ChartStyle.SeriesColour(source, index + 1), (Func<SubgroupCountRow, int>)(row => row.SyntheticTrain.GetValueOrDefault(source)))),
        ];
        int largest = counts.Max(row => series.Max(s => s.Count(row)));
        // Room right of the plot for the count at the end of the longest bar.
        double rightMargin = TextWidth.Of(NumberFormat.Count(largest), ChartStyle.BarValue) + ValueGap + ChartStyle.Margin;
        double groupHeight = series.Length * (BarHeight + BarGap) - BarGap;
        var frame = new RowChartFrame(
            "Training images per subgroup: real and synthetic",
            counts.Select(row => new ChartRow(row.Subgroup, row.UnderRepresented)).ToArray(),
            groupHeight + RowPadding,
            series.Select(s => new LegendItem(s.Label, LegendMark.Bar, s.Colour)).ToArray(),
            NiceTicks.Covering(0, Math.Max(1, largest), 8, minimumStep: 1),
            "training images", rightMargin);

        for (int row = 0; row < counts.Count; row++)
        for (int s = 0; s < series.Length; s++)
        {
            int count = series[s].Count(counts[row]);
            // A zero needs no bar and no label: the gap says it, and most subgroups get no synthetic images.
            if (count == 0) continue;
            double top = frame.RowCentre(row) - groupHeight / 2 + s * (BarHeight + BarGap);
            double start = frame.X.Map(0), end = frame.X.Map(count);
            frame.Canvas.Rect(start, top, end - start, BarHeight, Paint.Filled(series[s].Colour), "bar",
                $"{counts[row].Subgroup}\n{series[s].Label}: {NumberFormat.Count(count)}");
            frame.Canvas.Text(end + ValueGap, top + BarHeight / 2, NumberFormat.Count(count), ChartStyle.BarValue, "bar-value");
        }
        return frame.ToSvg();
    }
}
