namespace RL4Med.Augment.Metrics;

/// <summary>
/// One-vs-rest ROC AUC as the Mann-Whitney statistic: the share of (positive, negative) row pairs in which the
/// positive row scores higher, a tie counting one half. Walking rows in score order makes it linear per sample.
/// </summary>
public static class RankAuc
{
    /// <summary>AUC of class <paramref name="classIndex"/> against all others; NaN when the sample lacks either side.</summary>
    internal static double OneVsRest(RowSample sample, int classIndex)
    {
        PredictionSet set = sample.Set;
        int[] ascending = sample.Subset.RowsAscendingByScore(classIndex);
        return FromAscending(ascending.Length, k => set.Score(ascending[k], classIndex),
            k => set.TrueClass[ascending[k]] == classIndex, k => sample.Multiplicity[ascending[k]]);
    }

    /// <summary>AUC of <paramref name="scores"/> for telling the rows marked in <paramref name="isPositive"/> from the rest; NaN when either side is empty.</summary>
    public static double Of(IReadOnlyList<float> scores, IReadOnlyList<bool> isPositive)
    {
        if (scores.Count != isPositive.Count) throw new ArgumentException($"{scores.Count} scores for {isPositive.Count} labels");
        int[] ascending = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        return FromAscending(ascending.Length, k => scores[ascending[k]], k => isPositive[ascending[k]], _ => 1);
    }

    // Rows k = 0..count-1 in ascending score order, each counted weight(k) times.
    private static double FromAscending(int count, Func<int, float> score, Func<int, bool> isPositive, Func<int, int> weight)
    {
        double positives = 0, negativesBelow = 0, pairsWon = 0;
        int start = 0;
        while (start < count)
        {
            float value = score(start);
            double tiedPositives = 0, tiedNegatives = 0;
            int end = start;
            for (; end < count && score(end) == value; end++)
            {
                if (isPositive(end)) tiedPositives += weight(end);
                else tiedNegatives += weight(end);
            }
            pairsWon += tiedPositives * (negativesBelow + 0.5 * tiedNegatives);
            positives += tiedPositives;
            negativesBelow += tiedNegatives;
            start = end;
        }
        return positives == 0 || negativesBelow == 0 ? double.NaN : pairsWon / (positives * negativesBelow);
    }
}
