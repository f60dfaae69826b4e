namespace RL4Med.Augment.Reporting.Charts;

/// <summary>
/// Estimates how wide a text renders, so charts can make room for labels without a font engine. The widths are
/// DejaVu Sans's, the widest common sans-serif, so the room made is rarely too small in any browser font.
/// </summary>
internal static class TextWidth
{
    /// <summary>The estimated width in pixels of <paramref name="text"/> drawn in <paramref name="style"/>.</summary>
    public static double Of(string text, TextStyle style) => style.Size * text.Sum(EmWidth) * (style.Bold ? BoldFactor : 1);

    // Bold faces run about a tenth wider.
    private const double BoldFactor = 1.1;

    // Widths in em, by character class, rounded up from DejaVu Sans.
    private static double EmWidth(char c) => c switch
    {
        'i' or 'j' or 'l' or '\'' or '|' or '!' => 0.28,
        ' ' or ',' or '.' or ':' or ';' => 0.32,
        'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '/' => 0.42,
        'm' => 0.98,
        'w' or '=' or '+' or '<' or '>' or '±' or '~' => 0.84,
        '%' or '@' or '—' or 'M' or 'W' => 1.0,
        _ when char.IsUpper(c) => 0.74,
        _ => 0.64,
    };
}
