using System.Globalization;
using System.Xml.Linq;
using RL4Med.Augment.Reporting.Charts;

namespace RL4Med.Augment.Reporting.Tests.Charts;

/// <summary>Reads a chart's SVG back as XML, to check what it draws where.</summary>
internal static class Svg
{
    /// <summary>Parses <paramref name="markup"/>; parsing at all proves it well-formed.</summary>
    public static XElement Parse(string markup) => XElement.Parse(markup);

    /// <summary>The elements of class <paramref name="cssClass"/>, in drawing order.</summary>
    public static IEnumerable<XElement> Classed(this XElement svg, string cssClass) =>
        svg.Descendants().Where(element => (string?)element.Attribute("class") == cssClass);

    /// <summary>A numeric attribute.</summary>
    public static double Number(this XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    /// <summary>The group whose tooltip starts with <paramref name="prefix"/>.</summary>
    public static XElement GroupTitled(this XElement svg, string prefix) =>
        svg.Descendants("g").Single(group => group.Element("title")!.Value.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The horizontal scale as the bottom axis shows it: the first and last tick labels' values at their x.</summary>
    public static LinearScale HorizontalScale(this XElement svg) => ScaleOf(svg.Classed("tick-label").ToArray(), "x");

    /// <summary>The vertical scale as the left axis shows it: the first and last tick labels' values at their y.</summary>
    public static LinearScale VerticalScale(this XElement svg) => ScaleOf(svg.Classed("y-tick-label").ToArray(), "y");

    private static LinearScale ScaleOf(XElement[] ticks, string coordinate)
    {
        double Value(XElement tick) => double.Parse(tick.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        return new LinearScale(Value(ticks[0]), Value(ticks[^1]), ticks[0].Number(coordinate), ticks[^1].Number(coordinate));
    }
}
