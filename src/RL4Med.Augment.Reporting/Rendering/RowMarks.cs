namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>What a table row stands for, beyond its cells: both formats mark these rows.</summary>
[Flags]
internal enum RowMarks
{
    None = 0,

    /// <summary>An under-represented subgroup: highlighted.</summary>
    UnderRepresented = 1,

    /// <summary>A subgroup with too few test images to judge: marked, shown dimmed.</summary>
    TooFewToJudge = 2,

    /// <summary>A row over all test images, above the subgroups.</summary>
    Total = 4,
}
