using Microsoft.ML.Data;

namespace RL4Med.Augment.Runs.Arms;

/// <summary>ML.NET's evaluation of one arm's classifier on the real test images.</summary>
public sealed record ArmMetrics(string Arm, MulticlassClassificationMetrics Metrics);
