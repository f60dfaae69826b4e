namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>The verdict of a difference cell.</summary>
internal enum CellVerdict
{
    /// <summary>Not a difference, or one whose interval includes 0.</summary>
    None,

    /// <summary>A difference whose interval lies above 0.</summary>
    Gain,

    /// <summary>A difference whose interval lies below 0.</summary>
    Loss,
}
