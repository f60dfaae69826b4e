namespace RL4Med.Augment.Metrics;

/// <summary>
/// Draws stratified cluster bootstrap resamples: within each group, as many clusters (lesions or patients)
/// as the group has, uniformly with replacement; every row of a drawn cluster counts once more. Images of one
/// lesion are correlated, so resampling them together keeps intervals from being too narrow. A cluster that
/// spans groups is resampled separately in each group, because groups are the strata.
/// </summary>
public sealed class ClusterResampler
{
    /// <summary>Row indices of each cluster of each group: [group][cluster][row], clusters in order of first appearance.</summary>
    private readonly int[][][] clusterRowsByGroup;

    /// <summary>Indexes the clusters of each group of <paramref name="predictions"/>.</summary>
    public ClusterResampler(PredictionSet predictions)
    {
        RowCount = predictions.Count;
        clusterRowsByGroup = predictions.GroupRows
            .Select(group => group.Rows
                .GroupBy(row => predictions.Rows[row].Cluster, StringComparer.Ordinal)
                .Select(cluster => cluster.ToArray())
                .ToArray())
            .ToArray();
    }

    /// <summary>Rows of the prediction set; the length <see cref="Draw"/> expects.</summary>
    public int RowCount { get; }

    /// <summary>Overwrites <paramref name="multiplicity"/> with how often each row is drawn in a fresh resample.</summary>
    /// <param name="random">The seeded source; groups are visited in <see cref="PredictionSet.Groups"/> order, so a seed fixes the resample.</param>
    /// <param name="multiplicity">One entry per row of the prediction set.</param>
    public void Draw(Random random, int[] multiplicity)
    {
        if (multiplicity.Length != RowCount)
            throw new ArgumentException($"Multiplicity has {multiplicity.Length} entries; expected {RowCount}, one per row.", nameof(multiplicity));
        Array.Clear(multiplicity);
        foreach (int[][] clusters in clusterRowsByGroup)
        {
            for (int draw = 0; draw < clusters.Length; draw++)
            {
                foreach (int row in clusters[random.Next(clusters.Length)]) multiplicity[row]++;
            }
        }
    }
}
