namespace RL4Med.Augment.Metrics;

/// <summary>One classified image: its reference class, what the model said, and where it belongs.</summary>
/// <param name="TrueLabel">The reference class name, e.g. <c>mel</c>.</param>
/// <param name="PredictedLabel">The class name the model predicted.</param>
/// <param name="Scores">Per-class scores or probabilities, aligned with <see cref="PredictionSet.ClassNames"/>.</param>
/// <param name="Group">The subgroup the row is evaluated in, e.g. <c>diagnosis=mel, ruler=1</c>.</param>
/// <param name="Cluster">The bootstrap's resampling unit (lesion or patient id): rows of one cluster move together.</param>
public sealed record PredictionRow(string TrueLabel, string PredictedLabel, float[] Scores, string Group, string Cluster);
