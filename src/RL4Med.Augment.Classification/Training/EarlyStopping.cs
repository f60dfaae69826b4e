namespace RL4Med.Augment.Classification.Training;

/// <summary>
/// Tracks the best validation epoch and says when to stop: after <c>patience</c> epochs in a row without a strict
/// improvement in the watched metric (see <see cref="ValidationScore.IsBetterThan"/>).
/// </summary>
internal sealed class EarlyStopping(EarlyStoppingMetric metric, int patience)
{
    private ValidationScore? best;
    private int epochsWithoutImprovement;

    /// <summary>1-based epoch of the best score so far; 0 before any.</summary>
    public int BestEpoch { get; private set; }

    /// <summary>Whether the patience has run out.</summary>
    public bool ShouldStop => epochsWithoutImprovement >= patience;

    /// <summary>Records the score of 1-based <paramref name="epoch"/>; true when it is the best so far.</summary>
    public bool Observe(int epoch, ValidationScore score)
    {
        if (best is null || score.IsBetterThan(best, metric))
        {
            best = score;
            BestEpoch = epoch;
            epochsWithoutImprovement = 0;
            return true;
        }
        epochsWithoutImprovement++;
        return false;
    }
}
