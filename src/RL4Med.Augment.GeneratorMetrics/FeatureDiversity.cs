namespace RL4Med.Augment.GeneratorMetrics;

/// <summary>
/// Diversity of generated images as the mean pairwise Euclidean distance between their features: a generator that
/// collapses to one image per prompt scores 0. Measured per prompt group, since different prompts differ anyway.
/// </summary>
public static class FeatureDiversity
{
    /// <summary>Mean L2 distance over all pairs of rows of <paramref name="features"/> [N, D], N &gt;= 2.</summary>
    public static double MeanPairwiseDistance(float[,] features) =>
        MeanPairwiseDistance(features, Enumerable.Range(0, features.GetLength(0)).ToList());

    /// <summary>
    /// The mean pairwise distance within each group (<paramref name="groupOfRow"/>[i] names row i's group, e.g. its
    /// prompt); groups with fewer than two rows have no pairs and are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, double> ByGroup(float[,] features, IReadOnlyList<string> groupOfRow)
    {
        if (groupOfRow.Count != features.GetLength(0)) throw new ArgumentException($"{groupOfRow.Count} group names for {features.GetLength(0)} rows");
        return Enumerable.Range(0, groupOfRow.Count)
            .GroupBy(i => groupOfRow[i], StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MeanPairwiseDistance(features, g.ToList()), StringComparer.Ordinal);
    }

    private static double MeanPairwiseDistance(float[,] features, IReadOnlyList<int> rows)
    {
        if (rows.Count < 2) throw new ArgumentException($"pairwise distances need at least two rows, not {rows.Count}");
        int d = features.GetLength(1);
        double sum = 0;
        long pairs = 0;
        for (int a = 0; a < rows.Count; a++)
            for (int b = a + 1; b < rows.Count; b++)
            {
                double squared = 0;
                for (int j = 0; j < d; j++)
                {
                    double difference = features[rows[a], j] - features[rows[b], j];
                    squared += difference * difference;
                }
                sum += Math.Sqrt(squared);
                pairs++;
            }
        return sum / pairs;
    }
}
