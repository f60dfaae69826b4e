namespace RL4Med.Augment.Reporting.Charts;

/// <summary>How a shape is filled and outlined; a null colour leaves that part unpainted (SVG's default).</summary>
/// <param name="Fill">Fill colour, e.g. <c>#4c72b0</c>.</param>
/// <param name="Stroke">Outline colour.</param>
/// <param name="StrokeWidth">Outline width in pixels.</param>
/// <param name="Opacity">Opacity of the whole shape, 0 to 1.</param>
/// <param name="Dash">Dash pattern, e.g. <c>4 3</c>; null for a solid outline.</param>
internal sealed record Paint(string? Fill = null, string? Stroke = null, double StrokeWidth = 1, double Opacity = 1, string? Dash = null)
{
    /// <summary>A solid fill without outline.</summary>
    public static Paint Filled(string colour, double opacity = 1) => new(Fill: colour, Opacity: opacity);

    /// <summary>An outline without fill.</summary>
    public static Paint Stroked(string colour, double width = 1, string? dash = null) => new(Stroke: colour, StrokeWidth: width, Dash: dash);

    /// <summary>The SVG presentation attributes; defaults are left out to keep the markup short.</summary>
    public IEnumerable<(string Name, object? Value)> Attributes() =>
    [
        ("fill", Fill),
        ("stroke", Stroke),
        ("stroke-width", Stroke is null || StrokeWidth == 1 ? null : StrokeWidth),
        ("stroke-dasharray", Dash),
        ("opacity", Opacity == 1 ? null : Opacity),
    ];
}
