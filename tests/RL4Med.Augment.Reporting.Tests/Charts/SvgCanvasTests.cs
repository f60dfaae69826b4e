using System.Globalization;
using System.Xml.Linq;
using RL4Med.Augment.Reporting.Charts;

namespace RL4Med.Augment.Reporting.Tests.Charts;

public sealed class SvgCanvasTests
{
    [Fact]
    public void Text_and_attribute_values_are_escaped()
    {
        var canvas = new SvgCanvas("a < b & c");
        canvas.Text(10, 20, "site=<head & neck> \"x\"", ChartStyle.Label);
        canvas.Rect(0, 0, 5, 5, Paint.Filled("#fff"), tooltip: "n<5 & 'rare'");

        string markup = canvas.ToSvg(100, 50);
        XElement svg = Svg.Parse(markup);

        Assert.Contains("site=&lt;head &amp; neck&gt; &quot;x&quot;", markup);
        Assert.Equal("a < b & c", svg.Element("title")!.Value);
        Assert.Equal("site=<head & neck> \"x\"", svg.Element("text")!.Value);
        Assert.Equal("n<5 & 'rare'", svg.Element("rect")!.Element("title")!.Value);
    }

    [Fact]
    public void Numbers_are_invariant_with_at_most_two_decimals_whatever_the_culture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var canvas = new SvgCanvas("numbers");
            canvas.Line(1.23456, 2.5, 1000.5, 3, Paint.Stroked("#000", 1.5));
            XElement line = Svg.Parse(canvas.ToSvg(1100, 400)).Element("line")!;

            Assert.Equal(["1.23", "2.5", "1000.5", "3", "1.5"], new[] { "x1", "y1", "x2", "y2", "stroke-width" }.Select(name => line.Attribute(name)!.Value));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Shapes_nest_in_groups_in_drawing_order_and_the_svg_scales_with_its_viewbox()
    {
        var canvas = new SvgCanvas("shapes");
        using (canvas.Group("estimate", "tooltip"))
        {
            canvas.Polyline([(0, 0), (10, 5.5)], Paint.Stroked("#000"), "mean-line");
            canvas.Circle(1, 2, 3, Paint.Filled("#000"));
        }
        canvas.Polygon([(0, 0), (1, 0), (1, 1)], Paint.Filled("#abc", 0.5));

        XElement svg = Svg.Parse(canvas.ToSvg(1100, 400.5));

        Assert.Equal("0 0 1100 400.5", svg.Attribute("viewBox")!.Value);
        Assert.Null(svg.Attribute("xmlns"));
        Assert.Equal(["title", "g", "polygon"], svg.Elements().Select(element => element.Name.LocalName));
        XElement group = svg.Element("g")!;
        Assert.Equal(["title", "polyline", "circle"], group.Elements().Select(element => element.Name.LocalName));
        Assert.Equal("0,0 10,5.5", group.Element("polyline")!.Attribute("points")!.Value);
        Assert.Equal("none", group.Element("polyline")!.Attribute("fill")!.Value);
        Assert.Equal("0.5", svg.Element("polygon")!.Attribute("opacity")!.Value);
    }

    [Fact]
    public void A_tint_mixes_a_colour_with_white() =>
        Assert.Equal(("#ffffff", "#3a9a5b", "#cee6d6"), (ChartStyle.Tint("#3a9a5b", 0), ChartStyle.Tint("#3a9a5b", 1), ChartStyle.Tint("#3a9a5b", 0.25)));
}
