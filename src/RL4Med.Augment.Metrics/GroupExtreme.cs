namespace RL4Med.Augment.Metrics;

/// <summary>The lowest or highest value of a metric across groups, and the group that attains it.</summary>
/// <param name="Group">The group; null when no compared group has a defined value.</param>
/// <param name="Value">The value; NaN when <paramref name="Group"/> is null.</param>
public readonly record struct GroupExtreme(string? Group, double Value);
