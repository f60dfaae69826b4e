using System.Globalization;
using System.Security;
using System.Text;

namespace RL4Med.Augment.Reporting.Charts;

/// <summary>
/// Builds one inline SVG element shape by shape, in drawing order (later shapes cover earlier ones). Text and
/// attribute values are XML-escaped, and numbers are written in the invariant culture with at most two decimals,
/// so the markup is well-formed and the same on every machine.
/// </summary>
/// <param name="title">The chart's accessible name, written as the SVG's <c>&lt;title&gt;</c>.</param>
internal sealed class SvgCanvas(string title)
{
    private readonly StringBuilder shapes = new();

    /// <summary>A rectangle with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Rect(double x, double y, double width, double height, Paint paint, string? cssClass = null, string? tooltip = null) =>
        Element("rect", [("x", x), ("y", y), ("width", width), ("height", height), .. paint.Attributes(), ("class", cssClass)], Tooltip(tooltip));

    /// <summary>A straight line from (<paramref name="x1"/>, <paramref name="y1"/>) to (<paramref name="x2"/>, <paramref name="y2"/>).</summary>
    public void Line(double x1, double y1, double x2, double y2, Paint paint, string? cssClass = null) =>
        Element("line", [("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2), .. paint.Attributes(), ("class", cssClass)]);

    /// <summary>A circle centred on (<paramref name="cx"/>, <paramref name="cy"/>).</summary>
    public void Circle(double cx, double cy, double radius, Paint paint, string? cssClass = null, string? tooltip = null) =>
        Element("circle", [("cx", cx), ("cy", cy), ("r", radius), .. paint.Attributes(), ("class", cssClass)], Tooltip(tooltip));

    /// <summary>An open path through <paramref name="points"/>.</summary>
    public void Polyline(IEnumerable<(double X, double Y)> points, Paint paint, string? cssClass = null) =>
        Element("polyline", [("points", Points(points)), .. (paint with { Fill = paint.Fill ?? "none" }).Attributes(), ("class", cssClass)]);

    /// <summary>A closed shape through <paramref name="points"/>.</summary>
    public void Polygon(IEnumerable<(double X, double Y)> points, Paint paint, string? cssClass = null) =>
        Element("polygon", [("points", Points(points)), .. paint.Attributes(), ("class", cssClass)]);

    /// <summary><paramref name="text"/> anchored at (<paramref name="x"/>, <paramref name="y"/>), on its baseline unless the style centres it.</summary>
    public void Text(double x, double y, string text, TextStyle style, string? cssClass = null) =>
        Element("text", [("x", x), ("y", y), .. style.Attributes(x, y), ("class", cssClass)], Escape(text));

    /// <summary>
    /// Opens a group that shows <paramref name="tooltip"/> when hovered (no script: the browser shows an SVG
    /// <c>&lt;title&gt;</c> by itself); dispose the result to close it.
    /// </summary>
    public IDisposable Group(string cssClass, string tooltip)
    {
        Element("g", [("class", cssClass)], Tooltip(tooltip), close: false);
        return new GroupEnd(shapes);
    }

    /// <summary>The finished <c>&lt;svg&gt;</c> element, <paramref name="width"/> by <paramref name="height"/> pixels, scaling down with its container.</summary>
    public string ToSvg(double width, double height)
    {
        // No xmlns: the element lives inside an HTML page, whose parser puts it in the SVG namespace by itself,
        // and the page must not name any http address.
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" width=\"{Number(width)}\" height=\"{Number(height)}\" viewBox=\"0 0 {Number(width)} {Number(height)}\" role=\"img\" ");
        svg.Append($"font-family=\"{Escape(ChartStyle.FontFamily)}\"><title>{Escape(title)}</title>\n");
        svg.Append(shapes).Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A coordinate or size as SVG writes it: invariant culture, at most two decimals.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private void Element(string name, IEnumerable<(string Name, object? Value)> attributes, string content = "", bool close = true)
    {
        shapes.Append('<').Append(name);
        foreach ((string attribute, object? value) in attributes)
        {
            string? text = value switch { null => null, double number => Number(number), _ => value.ToString() };
            if (text is not null) shapes.Append(' ').Append(attribute).Append("=\"").Append(Escape(text)).Append('"');
        }
        if (close && content.Length == 0) shapes.Append("/>\n");
        else
        {
            shapes.Append('>').Append(content);
            shapes.Append(close ? $"</{name}>\n" : "\n");
        }
    }

    // SecurityElement.Escape replaces all five XML specials: < > & " '.
    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Tooltip(string? text) => text is null ? "" : $"<title>{Escape(text)}</title>";

    private static string Points(IEnumerable<(double X, double Y)> points) =>
        string.Join(' ', points.Select(point => $"{Number(point.X)},{Number(point.Y)}"));

    private sealed class GroupEnd(StringBuilder shapes) : IDisposable
    {
        public void Dispose() => shapes.Append("</g>\n");
    }
}
