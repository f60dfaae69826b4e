namespace RL4Med.Augment.Classification.Training;

/// <summary>How a classifier did on the validation images after one epoch.</summary>
/// <param name="Accuracy">Fraction classified correctly.</param>
/// <param name="BalancedAccuracy">Mean recall over the classes present in the validation set.</param>
/// <param name="Loss">Mean unweighted cross-entropy.</param>
public sealed record ValidationScore(double Accuracy, double BalancedAccuracy, double Loss)
{
    /// <summary>The score's value for <paramref name="metric"/>.</summary>
    public double Value(EarlyStoppingMetric metric) => metric switch
    {
        EarlyStoppingMetric.Accuracy => Accuracy,
        EarlyStoppingMetric.BalancedAccuracy => BalancedAccuracy,
        EarlyStoppingMetric.Loss => Loss,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>
    /// Whether this score is strictly better than <paramref name="other"/> in <paramref name="metric"/>; an accuracy
    /// tie goes to the lower loss (small validation sets tie often, and the loss still tells the epochs apart).
    /// </summary>
    public bool IsBetterThan(ValidationScore other, EarlyStoppingMetric metric) => metric switch
    {
        EarlyStoppingMetric.Loss => Loss < other.Loss,
        _ => Value(metric) > other.Value(metric) || Value(metric) == other.Value(metric) && Loss < other.Loss,
    };
}
