using System.Globalization;

namespace RL4Med.Augment.Reporting;

/// <summary>How every number of the report is printed, so tables, sentences and formats agree.</summary>
internal static class NumberFormat
{
    /// <summary>Printed where a value is undefined (NaN).</summary>
    public const string Missing = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Three decimals: differences of a few test images out of hundreds stay visible.</summary>
    public static string Value(double value) => double.IsNaN(value) ? Missing : value.ToString("0.000", Invariant);

    /// <summary>A difference with its sign, e.g. <c>+0.112</c>.</summary>
    public static string Signed(double value) => double.IsNaN(value) ? Missing : value.ToString("+0.000;-0.000;0.000", Invariant);

    /// <summary>An interval, e.g. <c>[0.030, 0.190]</c>.</summary>
    public static string Interval(double lower, double upper) => $"[{Value(lower)}, {Value(upper)}]";

    /// <summary>A ratio in decibels, two decimals, e.g. <c>27.31 dB</c>.</summary>
    public static string Decibels(double value) => double.IsNaN(value) ? Missing : value.ToString("0.00", Invariant) + " dB";

    /// <summary>A confidence level as a percentage, e.g. <c>95%</c>.</summary>
    public static string Level(double level) => (level * 100).ToString("0.#", Invariant) + "%";

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long count) => count.ToString("N0", Invariant);
}
