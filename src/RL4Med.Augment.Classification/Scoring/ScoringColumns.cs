namespace RL4Med.Augment.Classification.Scoring;

/// <summary>Columns the classifier adds, and the working columns of its scoring chain (dropped at its end).</summary>
public static class ScoringColumns
{
    /// <summary>Softmax probabilities, one per class in key order: a known-size vector of Single.</summary>
    public const string Score = "Score";

    /// <summary>The most probable class: a key column with the label's key values.</summary>
    public const string PredictedLabel = "PredictedLabel";

    private const string Prefix = "RL4Med.TorchImageClassifier.";

    internal const string Pixels = Prefix + "Pixels";
    internal const string StateKey = Prefix + "StateKey";
    internal const string State = Prefix + "State";
    internal const string PaddedScore = Prefix + "PaddedScore";
    internal const string PredictedClass = Prefix + "PredictedClass";

    internal static readonly string[] Working = { Pixels, StateKey, State, PaddedScore, PredictedClass };
}
