using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

/// <summary>Prediction sets from the reference values (tests/Shared/Reference): scores as written there, class indices as truths.</summary>
internal static class ReferenceSets
{
    /// <summary>
    /// One row per score vector: its true class, the class of its highest score as the prediction, and its group and
    /// cluster (by default one group, each row its own cluster). The scores are float32 values, so the cast is exact.
    /// </summary>
    public static PredictionSet FromScores(string[] classes, string positiveClass, int[] truth, double[][] scores,
        string[]? groups = null, string[]? clusters = null) =>
        new(classes, positiveClass, scores.Select((row, i) =>
        {
            float[] values = row.Select(v => (float)v).ToArray();
            string predicted = classes[Array.IndexOf(values, values.Max())];
            return new PredictionRow(classes[truth[i]], predicted, values, groups?[i] ?? "all", clusters?[i] ?? $"row{i}");
        }).ToArray());
}
