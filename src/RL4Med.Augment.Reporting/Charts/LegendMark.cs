namespace RL4Med.Augment.Reporting.Charts;

/// <summary>The small drawing beside a legend entry, echoing the mark it explains.</summary>
internal enum LegendMark
{
    /// <summary>A dot on a whisker: a value with its interval.</summary>
    DotWithWhisker,

    /// <summary>A filled bar.</summary>
    Bar,

    /// <summary>A line with a dot.</summary>
    Line,

    /// <summary>A pale band, as behind rows or around a line.</summary>
    Band,
}
