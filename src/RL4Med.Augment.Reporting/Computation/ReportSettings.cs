namespace RL4Med.Augment.Reporting.Computation;

/// <summary>What the numbers of a report were computed on and how.</summary>
/// <param name="TestSetName">The real test set.</param>
/// <param name="PositiveClass">The class of sensitivity, specificity and the fairness rates.</param>
/// <param name="ClassNames">The classes, in score order.</param>
/// <param name="Metrics">The metric names, in column order.</param>
/// <param name="MinimumTestImages">Subgroups with fewer test images are marked too few to judge.</param>
/// <param name="BootstrapResamples">Resamples of every interval.</param>
/// <param name="BootstrapSeed">Seed of every bootstrap.</param>
/// <param name="ConfidenceLevel">Coverage of every interval, e.g. 0.95.</param>
public sealed record ReportSettings(
    string TestSetName,
    string PositiveClass,
    IReadOnlyList<string> ClassNames,
    IReadOnlyList<string> Metrics,
    int MinimumTestImages,
    int BootstrapResamples,
    int BootstrapSeed,
    double ConfidenceLevel);
