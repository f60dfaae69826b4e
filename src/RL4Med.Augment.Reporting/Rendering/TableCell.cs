namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>One cell of a <see cref="ReportTable"/>: a value, optionally its interval and a verdict.</summary>
/// <param name="Text">The value as printed, e.g. <c>0.812</c>.</param>
/// <param name="Interval">The interval as printed, e.g. <c>[0.780, 0.840]</c>; null when there is none.</param>
/// <param name="Verdict">Whether a difference is a significant gain or loss.</param>
/// <param name="Note">A short qualifier printed after the value, e.g. the subgroup a worst value belongs to.</param>
internal sealed record TableCell(string Text, string? Interval = null, CellVerdict Verdict = CellVerdict.None, string? Note = null)
{
    public static implicit operator TableCell(string text) => new(text);
}
