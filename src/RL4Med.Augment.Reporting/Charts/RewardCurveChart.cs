using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Charts;

/// <summary>The DDPO reward per epoch: the mean as a line, ± one standard deviation as a pale band around it.</summary>
internal static class RewardCurveChart
{
    private const double PlotHeight = 300;
    private const int MostMarkers = 40;
    private const double BandShare = 0.25;

    /// <summary>The chart as an SVG element.</summary>
    public static string Render(IReadOnlyList<RewardCurvePoint> curve)
    {
        const string title = "DDPO reward during training";
        string colour = ChartStyle.SeriesColour(ArmNames.DdpoAugmented, 0);
        string bandColour = ChartStyle.Tint(colour, BandShare);
        // An epoch without a spread draws the band at the mean.
        double[] spread = curve.Select(point => double.IsFinite(point.RewardStd) ? point.RewardStd : 0).ToArray();

        double plotLeft = ChartStyle.Margin + ChartAxis.LeftWidth, plotRight = ChartStyle.Width - 2 * ChartStyle.Margin;
        var legend = new ChartLegend([new("mean reward", LegendMark.Line, colour), new("± 1 standard deviation", LegendMark.Band, bandColour)], plotRight - plotLeft);
        double plotTop = ChartHeader.Bottom(legend), plotBottom = plotTop + PlotHeight;
        NiceTicks epochs = NiceTicks.Covering(curve.Min(point => point.Epoch), curve.Max(point => point.Epoch), 10, minimumStep: 1);
        NiceTicks rewards = NiceTicks.Covering(
            curve.Select((point, i) => point.RewardMean - spread[i]).Min(), curve.Select((point, i) => point.RewardMean + spread[i]).Max(), 6);
        var x = new LinearScale(epochs.First, epochs.Last, plotLeft, plotRight);
        var y = new LinearScale(rewards.First, rewards.Last, plotBottom, plotTop);

        var canvas = new SvgCanvas(title);
        ChartHeader.Draw(canvas, title, legend, plotLeft);
        ChartAxis.DrawLeft(canvas, y, rewards, plotLeft, plotRight, "reward");
        ChartAxis.DrawBottom(canvas, x, epochs, plotTop, plotBottom, "epoch");
        (double, double)[] upper = curve.Select((point, i) => (x.Map(point.Epoch), y.Map(point.RewardMean + spread[i]))).ToArray();
        (double, double)[] lower = curve.Select((point, i) => (x.Map(point.Epoch), y.Map(point.RewardMean - spread[i]))).ToArray();
        canvas.Polygon([.. upper, .. lower.Reverse()], Paint.Filled(bandColour), "std-band");
        canvas.Polyline(curve.Select(point => (x.Map(point.Epoch), y.Map(point.RewardMean))), Paint.Stroked(colour, 2.5), "mean-line");
        // Dots mark the epochs while they are few enough to tell apart; each tells its numbers when hovered.
        if (curve.Count <= MostMarkers)
            foreach (RewardCurvePoint point in curve)
                canvas.Circle(x.Map(point.Epoch), y.Map(point.RewardMean), 3.5, new Paint(Fill: colour, Stroke: "#ffffff"), "point",
                    $"epoch {point.Epoch}\nreward {NumberFormat.Value(point.RewardMean)} ± {NumberFormat.Value(point.RewardStd)}");
        return canvas.ToSvg(ChartStyle.Width, plotBottom + ChartAxis.BottomHeight);
    }
}
