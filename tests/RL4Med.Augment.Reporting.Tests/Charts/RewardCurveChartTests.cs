using System.Globalization;
using System.Xml.Linq;
using RL4Med.Augment.Reporting.Charts;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Tests.Charts;

public sealed class RewardCurveChartTests
{
    private static readonly RewardCurvePoint[] Curve = [new(1, 0.4, 0.1), new(2, 0.55, 0.08), new(3, 0.6, 0.05)];

    private readonly XElement svg = Svg.Parse(RewardCurveChart.Render(Curve));

    [Fact]
    public void The_mean_is_a_line_through_each_epoch_inside_a_band_of_one_standard_deviation()
    {
        LinearScale x = svg.HorizontalScale(), y = svg.VerticalScale();
        (double X, double Y)[] line = Points(svg.Classed("mean-line").Single());
        (double X, double Y)[] band = Points(svg.Classed("std-band").Single());

        Assert.Equal(["0.3", "0.4", "0.5", "0.6", "0.7"], svg.Classed("y-tick-label").Select(tick => tick.Value));
        Assert.Equal(Curve.Select(point => (x.Map(point.Epoch), y.Map(point.RewardMean))), line, Near);
        // The band runs along the upper edge, then back along the lower one.
        Assert.Equal(
            [.. Curve.Select(point => (x.Map(point.Epoch), y.Map(point.RewardMean + point.RewardStd))), .. Curve.Reverse().Select(point => (x.Map(point.Epoch), y.Map(point.RewardMean - point.RewardStd)))],
            band, Near);
    }

    [Fact]
    public void Few_epochs_get_dots_that_tell_their_numbers()
    {
        Assert.Equal(["epoch 1\nreward 0.400 ± 0.100", "epoch 2\nreward 0.550 ± 0.080", "epoch 3\nreward 0.600 ± 0.050"],
            svg.Classed("point").Select(point => point.Element("title")!.Value));
    }

    [Fact]
    public void Many_epochs_get_a_plain_line_and_whole_epoch_ticks()
    {
        XElement svg = Svg.Parse(RewardCurveChart.Render(Enumerable.Range(1, 60).Select(epoch => new RewardCurvePoint(epoch, 0.5, double.NaN)).ToArray()));

        Assert.Empty(svg.Classed("point"));
        Assert.Equal(60, Points(svg.Classed("mean-line").Single()).Length);
        Assert.Equal(["0", "10", "20", "30", "40", "50", "60"], svg.Classed("tick-label").Select(tick => tick.Value));
    }

    [Fact]
    public void The_legend_sits_above_the_plot()
    {
        double plotTop = svg.VerticalScale().RangeEnd;

        Assert.Equal(["mean reward", "± 1 standard deviation"], svg.Classed("legend-label").Select(label => label.Value));
        Assert.All(svg.Classed("legend-label"), label => Assert.True(label.Number("y") < plotTop));
    }

    private static readonly IEqualityComparer<(double X, double Y)> Near =
        EqualityComparer<(double X, double Y)>.Create((a, b) => Math.Abs(a.X - b.X) < 0.01 && Math.Abs(a.Y - b.Y) < 0.01);

    private static (double X, double Y)[] Points(XElement shape) => shape.Attribute("points")!.Value
        .Split(' ')
        .Select(point => point.Split(',').Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToArray())
        .Select(xy => (xy[0], xy[1]))
        .ToArray();
}
