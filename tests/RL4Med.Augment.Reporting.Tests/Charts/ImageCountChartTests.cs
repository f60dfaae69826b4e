using RL4Med.Augment.Data.Experiment;
using System.Xml.Linq;
using RL4Med.Augment.Reporting.Charts;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Tests.Charts;

public sealed class ImageCountChartTests
{
    private static readonly SubgroupCountRow[] Counts =
    [
        new(Build.Common, 1937, 50, 10, new Dictionary<string, int>(), UnderRepresented: false),
        new(Build.Rare, 20, 5, 10, new Dictionary<string, int> { [GeneratorNames.Pretrained] = 200, [GeneratorNames.Ddpo] = 250 }, UnderRepresented: true),
        new("site=<a&b>", 0, 0, 1, new Dictionary<string, int>(), UnderRepresented: false),
    ];

    private readonly XElement svg = Svg.Parse(ImageCountChart.Render(Counts));

    [Fact]
    public void The_linear_axis_runs_to_a_round_number_above_the_largest_count()
    {
        Assert.Equal(["0", "500", "1,000", "1,500", "2,000"], svg.Classed("tick-label").Select(tick => tick.Value));
    }

    [Fact]
    public void Every_non_zero_count_is_a_bar_as_long_as_its_value_with_the_count_at_its_end()
    {
        LinearScale x = svg.HorizontalScale();
        (string Tooltip, int Count)[] expected =
        [
            ($"{Build.Common}\nreal train: 1,937", 1937),
            ($"{Build.Rare}\nreal train: 20", 20),
            ($"{Build.Rare}\nsynthetic (pretrained): 200", 200),
            ($"{Build.Rare}\nsynthetic (ddpo): 250", 250),
        ];

        XElement[] bars = svg.Classed("bar").ToArray();
        Assert.Equal(expected.Select(bar => bar.Tooltip), bars.Select(bar => bar.Element("title")!.Value));
        foreach (((_, int count), XElement bar) in expected.Zip(bars))
        {
            Assert.Equal(x.Map(0), bar.Number("x"), 0.01);
            Assert.Equal(x.Map(count) - x.Map(0), bar.Number("width"), 0.01);
        }
        Assert.Equal(["1,937", "20", "200", "250"], svg.Classed("bar-value").Select(label => label.Value));
    }

    [Fact]
    public void The_longest_count_label_fits_inside_the_chart()
    {
        XElement label = svg.Classed("bar-value").First();

        Assert.True(label.Number("x") + TextWidth.Of(label.Value, ChartStyle.BarValue) <= svg.Number("width") - ChartStyle.Margin);
    }

    [Fact]
    public void Bars_of_one_subgroup_stack_within_its_row_and_the_legend_names_every_series()
    {
        double[] rareTops = svg.Classed("bar").Where(bar => bar.Element("title")!.Value.StartsWith(Build.Rare)).Select(bar => bar.Number("y")).ToArray();
        XElement band = Assert.Single(svg.Classed("rare-band"));

        Assert.Equal(rareTops.Order(), rareTops);
        Assert.All(rareTops, top => Assert.InRange(top, band.Number("y"), band.Number("y") + band.Number("height")));
        Assert.Equal(["real train", "synthetic (pretrained)", "synthetic (ddpo)", "under-represented subgroup"], svg.Classed("legend-label").Select(label => label.Value));
        Assert.Contains("site=<a&b>", svg.Classed("row-label").Select(label => label.Value));
    }
}
