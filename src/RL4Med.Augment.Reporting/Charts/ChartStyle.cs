using RL4Med.Augment.Data.Experiment;
using System.Globalization;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Charts;

/// <summary>The look every chart shares: sizes, the page's sans-serif fonts, greys, and one colour per arm.</summary>
internal static class ChartStyle
{
    /// <summary>Width of every chart in pixels, unless its labels need more; the page scales charts down to fit.</summary>
    public const double Width = 1100;

    /// <summary>Space between the chart's edge and anything drawn.</summary>
    public const double Margin = 16;

    /// <summary>The page's font stack: system sans-serif faces only, so nothing is fetched.</summary>
    public const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

    /// <summary>Text and dark strokes.</summary>
    public const string Ink = "#1f2328";

    /// <summary>Secondary text: ticks, axis titles, notes.</summary>
    public const string Muted = "#57606a";

    /// <summary>Grid lines.</summary>
    public const string Grid = "#e3e7eb";

    /// <summary>Axis lines and tick marks.</summary>
    public const string Axis = "#8c959f";

    /// <summary>Lines between rows.</summary>
    public const string RowRule = "#eef1f4";

    /// <summary>Band behind the rows of under-represented subgroups: the tables' amber highlight.</summary>
    public const string UnderRepresentedBand = "#fff3cd";

    /// <summary>Left edge of that band, as the tables mark their rows.</summary>
    public const string UnderRepresentedEdge = "#e0a800";

    /// <summary>Bars of real images: the colour of the arm trained on real images only.</summary>
    public const string RealImages = "#7f8c99";

    /// <summary>The chart's title.</summary>
    public static TextStyle Title { get; } = new(16, Ink, Bold: true);

    /// <summary>Legend entries and row labels.</summary>
    public static TextStyle Label { get; } = new(13, Ink, Centred: true);

    /// <summary>A note under a row label, e.g. "(n=4, too few)".</summary>
    public static TextStyle RowNote { get; } = new(11.5, Muted, Italic: true, Centred: true);

    /// <summary>Tick labels under or beside an axis.</summary>
    public static TextStyle Tick { get; } = new(12, Muted, TextAnchor.Middle);

    /// <summary>An axis's title.</summary>
    public static TextStyle AxisTitle { get; } = new(13, Muted, TextAnchor.Middle);

    /// <summary>A number printed at the end of a bar.</summary>
    public static TextStyle BarValue { get; } = new(11, Ink, Centred: true);

    // The four arms keep their colours in every chart, and a generator the colour of the arm it feeds;
    // other series take the rest in turn.
    private static readonly Dictionary<string, string> ArmColours = new(StringComparer.Ordinal)
    {
        [ArmNames.RealOnly] = RealImages,
        [ArmNames.Oversampling] = "#4c72b0",
        [ArmNames.PretrainedAugmented] = "#dd8452",
        [ArmNames.DdpoAugmented] = "#3a9a5b",
        [GeneratorNames.Pretrained] = "#dd8452",
        [GeneratorNames.Ddpo] = "#3a9a5b",
    };

    private static readonly string[] OtherColours = ["#c44e52", "#8172b3", "#937860", "#da8bc3", "#ccb974", "#64b5cd"];

    /// <summary>The colour of series <paramref name="index"/> named <paramref name="name"/>: an arm's or generator's own colour when it is one.</summary>
    public static string SeriesColour(string name, int index) =>
        ArmColours.GetValueOrDefault(name) ?? OtherColours[index % OtherColours.Length];

    /// <summary>
    /// <paramref name="colour"/> (<c>#rrggbb</c>) mixed with white, keeping <paramref name="share"/> of it: an
    /// opaque pale tint, which draws the same in the plot and in the legend.
    /// </summary>
    public static string Tint(string colour, double share)
    {
        int Channel(int index) => int.Parse(colour.AsSpan(1 + 2 * index, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        int Mixed(int index) => (int)Math.Round(255 - (255 - Channel(index)) * share);
        return $"#{Mixed(0):x2}{Mixed(1):x2}{Mixed(2):x2}";
    }
}
