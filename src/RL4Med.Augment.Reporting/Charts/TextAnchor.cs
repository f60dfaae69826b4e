namespace RL4Med.Augment.Reporting.Charts;

/// <summary>Which point of a text its x coordinate names.</summary>
internal enum TextAnchor
{
    /// <summary>The left end.</summary>
    Start,

    /// <summary>The horizontal middle.</summary>
    Middle,

    /// <summary>The right end.</summary>
    End,
}
