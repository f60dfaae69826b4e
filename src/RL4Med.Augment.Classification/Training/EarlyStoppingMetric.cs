namespace RL4Med.Augment.Classification.Training;

/// <summary>The validation score early stopping watches (and that picks the epoch whose weights are kept).</summary>
public enum EarlyStoppingMetric
{
    /// <summary>Fraction of validation images classified correctly (higher is better).</summary>
    Accuracy,

    /// <summary>Mean per-class recall over the classes present in the validation set (higher is better); fair to rare classes.</summary>
    BalancedAccuracy,

    /// <summary>Mean unweighted cross-entropy on the validation images (lower is better).</summary>
    Loss,
}
