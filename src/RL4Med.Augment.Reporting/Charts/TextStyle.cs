namespace RL4Med.Augment.Reporting.Charts;

/// <summary>How a text of a chart looks and where it sits relative to its anchor point.</summary>
/// <param name="Size">Font size in pixels.</param>
/// <param name="Colour">Text colour.</param>
/// <param name="Anchor">Which end of the text the x coordinate names.</param>
/// <param name="Bold">Bold weight.</param>
/// <param name="Italic">Italic style.</param>
/// <param name="Centred">Whether the y coordinate names the text's vertical middle rather than its baseline.</param>
/// <param name="Rotated">Whether the text runs bottom to top, as a vertical axis title does.</param>
internal sealed record TextStyle(
    double Size, string Colour, TextAnchor Anchor = TextAnchor.Start, bool Bold = false, bool Italic = false, bool Centred = false, bool Rotated = false)
{
    /// <summary>The SVG attributes of a text anchored at (<paramref name="x"/>, <paramref name="y"/>); defaults are left out.</summary>
    public IEnumerable<(string Name, object? Value)> Attributes(double x, double y) =>
    [
        ("font-size", Size),
        ("fill", Colour),
        ("text-anchor", Anchor switch { TextAnchor.Middle => "middle", TextAnchor.End => "end", _ => null }),
        ("font-weight", Bold ? "600" : null),
        ("font-style", Italic ? "italic" : null),
        // A third of an em below the middle is where the baseline of mixed-case text sits.
        ("dy", Centred ? "0.35em" : null),
        ("transform", Rotated ? $"rotate(-90 {SvgCanvas.Number(x)} {SvgCanvas.Number(y)})" : null),
    ];
}
