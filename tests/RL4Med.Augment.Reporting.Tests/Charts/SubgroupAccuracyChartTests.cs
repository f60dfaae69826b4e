using RL4Med.Augment.Data.Experiment;
using System.Xml.Linq;
using RL4Med.Augment.Reporting.Charts;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Tests.Charts;

/// <summary>The accuracy chart of two arms over four subgroups: a rare one, a tiny one and one whose key needs escaping.</summary>
public sealed class SubgroupAccuracyChartTests : IClassFixture<SubgroupAccuracyChartTests.Chart>
{
    private const string Odd = "site=<head & neck>";
    private const string Accuracy = "accuracy";

    private readonly Chart chart;

    public SubgroupAccuracyChartTests(Chart chart) => this.chart = chart;

    public sealed class Chart
    {
        public Chart()
        {
            // Rare melanomas all wrong with oversampling and all right with DDPO: intervals [0, 0] and [1, 1].
            ArmPredictions Arm(string name, bool rareRight) => Build.WithImages(
                Build.WithImages(Build.RareAllRightOrWrong(name, rareRight), Build.Tiny, ("mel", "mel")),
                Odd, ("nv", "nv"), ("nv", "mel"), ("mel", "mel"));
            Results = ReportComputation.Run(Build.Inputs(Arm(ArmNames.Oversampling, rareRight: false), Arm(ArmNames.DdpoAugmented, rareRight: true)));
            Markup = SubgroupAccuracyChart.Render(Results);
            Svg = Charts.Svg.Parse(Markup);
        }

        public ReportResults Results { get; }

        public string Markup { get; }

        public XElement Svg { get; }
    }

    [Fact]
    public void Every_arm_and_row_has_a_whisker_from_its_lower_to_its_upper_bound_around_its_dot()
    {
        LinearScale x = chart.Svg.HorizontalScale();
        Assert.Equal((0.0, 1.0), (x.DomainStart, x.DomainEnd));

        foreach (ArmResult arm in chart.Results.Arms)
        foreach ((string row, IntervalEstimate estimate) in Rows(arm))
        {
            XElement mark = chart.Svg.GroupTitled($"{arm.Name}\n{row}\n");
            XElement whisker = mark.Classed("whisker").Single();
            Assert.Equal(x.Map(estimate.Lower), whisker.Number("x1"), 0.01);
            Assert.Equal(x.Map(estimate.Upper), whisker.Number("x2"), 0.01);
            Assert.Equal(whisker.Number("y1"), whisker.Number("y2"));
            Assert.Equal(x.Map(estimate.Value), mark.Classed("dot").Single().Number("cx"), 0.01);
            Assert.Equal(2, mark.Classed("cap").Count());
        }
        Assert.Equal(2 * 5, chart.Svg.Classed("whisker").Count());
    }

    [Fact]
    public void Known_intervals_land_on_the_axis_ends()
    {
        double TickX(string label) => chart.Svg.Classed("tick-label").Single(tick => tick.Value == label).Number("x");
        XElement Whisker(string arm) => chart.Svg.GroupTitled($"{arm}\n{Build.Rare}\n").Classed("whisker").Single();

        Assert.Equal((TickX("0.0"), TickX("0.0")), (Whisker(ArmNames.Oversampling).Number("x1"), Whisker(ArmNames.Oversampling).Number("x2")));
        Assert.Equal((TickX("1.0"), TickX("1.0")), (Whisker(ArmNames.DdpoAugmented).Number("x1"), Whisker(ArmNames.DdpoAugmented).Number("x2")));
        Assert.Equal("oversampling\ndiagnosis=mel, ink=1\naccuracy 0.000 [0.000, 0.000]", chart.Svg.GroupTitled($"{ArmNames.Oversampling}\n{Build.Rare}\n").Element("title")!.Value);
    }

    [Fact]
    public void Rows_run_down_the_chart_with_the_arms_stacked_in_input_order_within_each()
    {
        double Y(string arm, string row) => chart.Svg.GroupTitled($"{arm}\n{row}\n").Classed("dot").Single().Number("cy");
        string[] rows = Rows(chart.Results.Arms[0]).Select(row => row.Label).ToArray();

        Assert.Equal(["All test images", Build.Tiny, Build.Rare, Build.Common, Odd], chart.Svg.Classed("row-label").Select(label => label.Value));
        Assert.All(rows, row => Assert.True(Y(ArmNames.Oversampling, row) < Y(ArmNames.DdpoAugmented, row), row));
        Assert.All(rows.Zip(rows.Skip(1)), pair => Assert.True(Y(ArmNames.DdpoAugmented, pair.First) < Y(ArmNames.Oversampling, pair.Second), pair.Second));
    }

    [Fact]
    public void The_under_represented_row_is_banded_and_the_too_small_one_labelled_and_faded()
    {
        XElement band = Assert.Single(chart.Svg.Classed("rare-band"));
        double rareLabelY = chart.Svg.Classed("row-label").Single(label => label.Value == Build.Rare).Number("y");
        Assert.InRange(rareLabelY, band.Number("y"), band.Number("y") + band.Number("height"));

        Assert.Equal("(n=1, too few)", Assert.Single(chart.Svg.Classed("row-note")).Value);
        Assert.All(chart.Svg.Classed("dot"), dot =>
        {
            bool tiny = dot.Parent!.Element("title")!.Value.Contains($"\n{Build.Tiny}\n");
            Assert.Equal(tiny, dot.Attribute("opacity") is not null);
        });
    }

    [Fact]
    public void Labels_with_markup_characters_are_escaped()
    {
        Assert.Contains("site=&lt;head &amp; neck&gt;", chart.Markup);
        Assert.DoesNotContain(Odd, chart.Markup);
        Assert.Contains(Odd, chart.Svg.Classed("row-label").Select(label => label.Value));
    }

    [Fact]
    public void The_legend_names_each_arm_and_the_band_above_the_plot_and_the_labels_stay_left_of_it()
    {
        XElement[] legend = chart.Svg.Classed("legend-label").ToArray();
        double plotTop = chart.Svg.Classed("grid").Min(line => line.Number("y1"));
        double plotLeft = chart.Svg.HorizontalScale().RangeStart;

        Assert.Equal([ArmNames.Oversampling, ArmNames.DdpoAugmented, "under-represented subgroup"], legend.Select(label => label.Value));
        Assert.All(legend, label => Assert.True(label.Number("y") < plotTop));
        Assert.All(chart.Svg.Classed("row-label"), label =>
        {
            Assert.Equal("end", label.Attribute("text-anchor")!.Value);
            Assert.True(label.Number("x") < plotLeft);
            TextStyle style = ChartStyle.Label with { Bold = label.Attribute("font-weight") is not null };
            Assert.True(label.Number("x") - TextWidth.Of(label.Value, style) >= ChartStyle.Margin, label.Value);
        });
    }

    [Fact]
    public void Long_subgroup_keys_widen_the_chart_instead_of_overlapping()
    {
        const string longKey = "diagnosis=mel, hair=1, ink=1, ruler=0, site=lower extremity, sex=female, age=60-70, scanner=dermlite";
        ArmPredictions arm = Build.WithImages(Build.ThreeQuarters(ArmNames.RealOnly), longKey, ("mel", "mel"), ("nv", "nv"));
        XElement svg = Svg.Parse(SubgroupAccuracyChart.Render(ReportComputation.Run(Build.Inputs(arm))));

        XElement label = svg.Classed("row-label").Single(l => l.Value == longKey);
        Assert.True(svg.Number("width") > ChartStyle.Width);
        Assert.True(label.Number("x") - TextWidth.Of(longKey, ChartStyle.Label) >= ChartStyle.Margin);
        // The plot keeps its minimum width.
        Assert.Equal(480, svg.HorizontalScale().RangeEnd - svg.HorizontalScale().RangeStart, 0.02);
    }

    private static (string Label, IntervalEstimate Estimate)[] Rows(ArmResult arm) =>
        [("All test images", arm.Overall[Accuracy]), .. arm.Subgroups.Select(s => (s.Subgroup, s.Metrics[Accuracy]))];
}
