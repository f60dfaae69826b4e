namespace RL4Med.Augment.Metrics;

/// <summary>
/// One-vs-rest ROC AUC as the Mann-Whitney statistic: the share of (positive, negative) row pairs in which the
/// positive row scores higher, a tie counting one half. Walking rows in score order makes it linear per sample.
/// </summary>
internal static class RankAuc
{
    /// <summary>AUC of class <paramref name="classIndex"/> against all others; NaN when the sample lacks either side.</summary>
    public static double OneVsRest(RowSample sample, int classIndex)
    {
        PredictionSet set = sample.Set;
        int[] ascending = sample.Subset.RowsAscendingByScore(classIndex);
        double positives = 0, negativesBelow = 0, pairsWon = 0;
        int start = 0;
        while (start < ascending.Length)
        {
            float score = set.Score(ascending[start], classIndex);
            double tiedPositives = 0, tiedNegatives = 0;
            int end = start;
            for (; end < ascending.Length && set.Score(ascending[end], classIndex) == score; end++)
            {
                int row = ascending[end];
                int weight = sample.Multiplicity[row];
                if (set.TrueClass[row] == classIndex) tiedPositives += weight;
                else tiedNegatives += weight;
            }
            pairsWon += tiedPositives * (negativesBelow + 0.5 * tiedNegatives);
            positives += tiedPositives;
            negativesBelow += tiedNegatives;
            start = end;
        }
        return positives == 0 || negativesBelow == 0 ? double.NaN : pairsWon / (positives * negativesBelow);
    }
}
