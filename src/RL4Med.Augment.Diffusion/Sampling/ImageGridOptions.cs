namespace RL4Med.Augment.Diffusion.Sampling;

/// <summary>Layout of a captioned image grid written by <see cref="ImageGridWriter"/>.</summary>
public sealed record ImageGridOptions
{
    /// <summary>Images per row (fewer when there are fewer images).</summary>
    public int Columns { get; init; } = 4;

    /// <summary>Side of each image in the grid, in pixels; images are scaled up with nearest-neighbour sampling so no detail is invented.</summary>
    public int CellSize { get; init; } = 128;

    /// <summary>Caption font size, in pixels.</summary>
    public float FontSize { get; init; } = 11;

    /// <summary>Margin around and between cells, in pixels.</summary>
    public int Margin { get; init; } = 6;
}
