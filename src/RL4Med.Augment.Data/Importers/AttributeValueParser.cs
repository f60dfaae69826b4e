using System.Globalization;
using RL4Med.Augment.Data.Configuration;

namespace RL4Med.Augment.Data.Importers;

/// <summary>Turns a source cell into a manifest attribute value: <c>"1"</c>/<c>"0"</c> for flags, a value or band for categories, <c>null</c> for unknown.</summary>
public static class AttributeValueParser
{
    private static readonly string[] TrueWords = { "1", "1.0", "true", "yes", "y" };
    private static readonly string[] FalseWords = { "0", "0.0", "false", "no", "n" };

    /// <summary>Parses <paramref name="cell"/>; throws <see cref="FormatException"/> with a message naming the attribute.</summary>
    public static string? Parse(AttributeConfig attribute, string cell)
    {
        string value = cell.Trim();
        if (value.Length == 0 || attribute.Unknown.Any(u => string.Equals(u, value, StringComparison.OrdinalIgnoreCase)))
            return null;
        if (attribute.Kind == AttributeKind.Binary)
        {
            if (TrueWords.Any(w => string.Equals(w, value, StringComparison.OrdinalIgnoreCase))) return "1";
            if (FalseWords.Any(w => string.Equals(w, value, StringComparison.OrdinalIgnoreCase))) return "0";
            throw new FormatException($"attribute '{attribute.Name}': '{value}' is not a yes/no flag (use 1/0, true/false, yes/no, or empty for unknown)");
        }
        if (attribute.Bands.Count > 0)
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
                throw new FormatException($"attribute '{attribute.Name}': '{value}' is not a number, so it cannot be banded");
            value = BandOf(attribute.Bands, number);
        }
        if (attribute.Values.Count > 0 && !attribute.Values.Contains(value))
            throw new FormatException($"attribute '{attribute.Name}': '{value}' is not one of {string.Join(", ", attribute.Values)}");
        return value;
    }

    /// <summary>The band label of <paramref name="number"/>: bounds [30, 45] give <c>&lt;30</c>, <c>30-44</c>, <c>45+</c>.</summary>
    public static string BandOf(IReadOnlyList<double> bounds, double number)
    {
        static string F(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
        if (number < bounds[0]) return $"<{F(bounds[0])}";
        for (int i = 1; i < bounds.Count; i++)
            if (number < bounds[i])
                return $"{F(bounds[i - 1])}-{F(bounds[i] - 1)}";
        return $"{F(bounds[^1])}+";
    }

    /// <summary>All band labels of <paramref name="bounds"/>, in order.</summary>
    public static IReadOnlyList<string> BandLabels(IReadOnlyList<double> bounds) =>
        new[] { bounds[0] - 1 }.Concat(bounds).Select(b => BandOf(bounds, b)).ToList();
}
