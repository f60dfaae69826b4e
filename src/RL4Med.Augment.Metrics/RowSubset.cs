namespace RL4Med.Augment.Metrics;

/// <summary>
/// A fixed set of rows (all rows, or one group's). Bootstrap resamples only change how often each row
/// counts, never which rows are in a subset, so score orderings are sorted once and reused by every resample.
/// </summary>
internal sealed class RowSubset
{
    private readonly int[]?[] ascendingByScore;

    public RowSubset(PredictionSet set, int[] rows)
    {
        Set = set;
        Rows = rows;
        ascendingByScore = new int[]?[set.ClassNames.Count];
    }

    public PredictionSet Set { get; }

    /// <summary>Row indices into <see cref="Set"/>.</summary>
    public int[] Rows { get; }

    /// <summary><see cref="Rows"/> sorted by ascending score of <paramref name="classIndex"/>, computed on first use.</summary>
    public int[] RowsAscendingByScore(int classIndex) =>
        ascendingByScore[classIndex] ??= Rows.OrderBy(row => Set.Score(row, classIndex)).ToArray();
}
