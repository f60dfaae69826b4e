namespace RL4Med.Augment.Reporting.Charts;

/// <summary>One legend entry.</summary>
/// <param name="Label">What the mark stands for.</param>
/// <param name="Mark">How the swatch is drawn.</param>
/// <param name="Colour">The swatch's colour.</param>
/// <param name="Edge">Outline of a <see cref="LegendMark.Band"/> swatch; null for none.</param>
internal sealed record LegendItem(string Label, LegendMark Mark, string Colour, string? Edge = null);
