namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>Synthetic samples of one under-represented subgroup shown beside real examples of it.</summary>
/// <param name="Subgroup">The subgroup key.</param>
/// <param name="Panels">The pictures, side by side in order: typically real first, then each generator.</param>
/// <param name="Caption">Optional sentence under the grid, e.g. the prompt used.</param>
public sealed record ImageGrid(string Subgroup, IReadOnlyList<ImagePanel> Panels, string? Caption = null);
