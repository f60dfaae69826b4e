namespace RL4Med.Augment.Reporting.Computation;

/// <summary>How one metric varies across the subgroups that have enough test images (Fairlearn's group min/max, difference, ratio).</summary>
/// <param name="Metric">The metric name.</param>
/// <param name="WorstSubgroup">The subgroup with the worst value; null when no subgroup can be judged.</param>
/// <param name="Worst">The worst value, with the interval of the worst value over resamples (the worst subgroup may change between resamples).</param>
/// <param name="BestSubgroup">The subgroup with the best value; null when no subgroup can be judged.</param>
/// <param name="Best">The best value.</param>
/// <param name="Gap">Largest minus smallest value, with its interval.</param>
/// <param name="Ratio">Smallest divided by largest value.</param>
public sealed record SubgroupSpread(
    string Metric,
    string? WorstSubgroup,
    IntervalEstimate Worst,
    string? BestSubgroup,
    double Best,
    IntervalEstimate Gap,
    double Ratio);
