using System.Globalization;

namespace RL4Med.Augment.Reporting.Charts;

/// <summary>
/// The ticks of an axis at round numbers: a step of 1, 2 or 5 times a power of ten, from a multiple of the step
/// at or below the data to one at or above it, so the axis covers the data and reads at a glance.
/// </summary>
/// <param name="Step">Distance between neighbouring ticks.</param>
/// <param name="Values">The tick values, ascending; the first and last are the axis ends.</param>
internal sealed record NiceTicks(double Step, IReadOnlyList<double> Values)
{
    /// <summary>The axis's low end.</summary>
    public double First => Values[0];

    /// <summary>The axis's high end.</summary>
    public double Last => Values[^1];

    /// <summary>
    /// Ticks covering [<paramref name="min"/>, <paramref name="max"/>] with at most <paramref name="maxIntervals"/>
    /// steps between them, none smaller than <paramref name="minimumStep"/> (1 keeps epochs whole). A single value
    /// still gets an axis one step long.
    /// </summary>
    public static NiceTicks Covering(double min, double max, int maxIntervals, double minimumStep = 0)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max) throw new ArgumentException($"No axis covers {min} to {max}.");
        if (maxIntervals < 1) throw new ArgumentOutOfRangeException(nameof(maxIntervals), maxIntervals, "An axis needs at least one interval.");
        double span = max - min;
        double step = Math.Max(RoundStep(span > 0 ? span / maxIntervals : Math.Max(Math.Abs(min), 1) / maxIntervals), minimumStep);
        // Tolerances keep a value that sits on a multiple of the step (up to rounding) from growing an extra tick.
        long first = (long)Math.Floor(min / step + 1e-9);
        long last = Math.Max((long)Math.Ceiling(max / step - 1e-9), first + 1);
        // Multiplying whole steps, then rounding, avoids the drift of summing them (0.30000000000000004).
        double[] values = Enumerable.Range(0, (int)(last - first) + 1).Select(index => Math.Round((first + index) * step, 10)).ToArray();
        return new NiceTicks(step, values);
    }

    /// <summary>The smallest step of 1, 2 or 5 times a power of ten that is at least <paramref name="rough"/>.</summary>
    public static double RoundStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough)) throw new ArgumentOutOfRangeException(nameof(rough), rough, "A step must be positive and finite.");
        double power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double factor = new[] { 1.0, 2, 5, 10 }.First(candidate => candidate * power >= rough * (1 - 1e-9));
        return factor * power;
    }

    /// <summary>
    /// The label of tick <paramref name="value"/>: as many decimals as the step needs (0.1 → one, 0.05 → two), and
    /// thousands separators on whole numbers.
    /// </summary>
    public string Label(double value)
    {
        int decimals = Step >= 1 ? 0 : (int)Math.Ceiling(-Math.Log10(Step) - 1e-9);
        return value.ToString(decimals == 0 ? "N0" : $"F{decimals}", CultureInfo.InvariantCulture);
    }
}
