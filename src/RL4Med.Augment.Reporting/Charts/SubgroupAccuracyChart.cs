using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Reporting.Charts;

/// <summary>
/// Accuracy of every arm on all test images and in each subgroup, as dots on interval whiskers: one row per
/// subgroup, the arms stacked within it in input order, under-represented rows on an amber band and the rows of
/// subgroups too small to judge faded.
/// </summary>
internal static class SubgroupAccuracyChart
{
    private const double ArmSpacing = 11;
    private const double RowPadding = 14;
    private const double DotRadius = 4.5;
    private const double CapHeight = 7;
    private const double FadedOpacity = 0.4;

    /// <summary>The chart as an SVG element.</summary>
    public static string Render(ReportResults results)
    {
        IReadOnlyList<SubgroupResult> subgroups = results.Arms[0].Subgroups;
        // Row 0 is all test images; row r (from 1) is subgroup r - 1.
        ChartRow[] rows =
        [
            new("All test images", UnderRepresented: false, Total: true),
            .. subgroups.Select(s => new ChartRow(s.Subgroup, s.UnderRepresented, s.TooFewToJudge ? $"(n={s.TestImages}, too few)" : null)),
        ];
        string[] colours = results.Arms.Select((arm, index) => ChartStyle.SeriesColour(arm.Name, index)).ToArray();
        LegendItem[] legend = results.Arms.Select((arm, index) => new LegendItem(arm.Name, LegendMark.DotWithWhisker, colours[index])).ToArray();
        var frame = new RowChartFrame(
            $"Accuracy per subgroup ({NumberFormat.Level(results.Settings.ConfidenceLevel)} intervals)",
            rows, results.Arms.Count * ArmSpacing + RowPadding, legend, NiceTicks.Covering(0, 1, 10), "accuracy", rightMargin: 24);
        frame.SeparateBelow(0);

        for (int arm = 0; arm < results.Arms.Count; arm++)
        {
            ArmResult result = results.Arms[arm];
            IntervalEstimate[] estimates = [result.Overall[ReportMetrics.Accuracy], .. result.Subgroups.Select(s => s.Metrics[ReportMetrics.Accuracy])];
            // The arms sit one under another around the row's middle, the first on top, as in the legend.
            double offset = (arm - (results.Arms.Count - 1) / 2.0) * ArmSpacing;
            for (int row = 0; row < rows.Length; row++)
            {
                if (double.IsNaN(estimates[row].Value)) continue;
                bool faded = row > 0 && subgroups[row - 1].TooFewToJudge;
                Estimate(frame, $"{result.Name}\n{rows[row].Label}", estimates[row], frame.RowCentre(row) + offset, colours[arm], faded ? FadedOpacity : 1);
            }
        }
        return frame.ToSvg();
    }

    /// <summary>One value as a dot on its whisker, with the numbers as a tooltip.</summary>
    private static void Estimate(RowChartFrame frame, string name, IntervalEstimate estimate, double y, string colour, double opacity)
    {
        SvgCanvas canvas = frame.Canvas;
        LinearScale x = frame.X;
        Paint whisker = Paint.Stroked(colour, 1.6) with { Opacity = opacity };
        string tooltip = $"{name}\naccuracy {NumberFormat.Value(estimate.Value)} {NumberFormat.Interval(estimate.Lower, estimate.Upper)}";
        using (canvas.Group("estimate", tooltip))
        {
            // A missing bound (no resample had a value) draws no whisker or cap on that side.
            double lower = double.IsNaN(estimate.Lower) ? estimate.Value : estimate.Lower;
            double upper = double.IsNaN(estimate.Upper) ? estimate.Value : estimate.Upper;
            canvas.Line(x.Map(lower), y, x.Map(upper), y, whisker, "whisker");
            foreach (double bound in new[] { estimate.Lower, estimate.Upper }.Where(double.IsFinite))
                canvas.Line(x.Map(bound), y - CapHeight / 2, x.Map(bound), y + CapHeight / 2, whisker, "cap");
            // A white rim keeps a dot distinct where it overlaps its neighbours' whiskers.
            canvas.Circle(x.Map(estimate.Value), y, DotRadius, new Paint(Fill: colour, Stroke: "#ffffff", Opacity: opacity), "dot");
        }
    }
}
