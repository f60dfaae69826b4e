namespace RL4Med.Augment.Metrics;

/// <summary>
/// Column names of a scored ML.NET <c>IDataView</c> for <see cref="DataViewPredictionReader"/>. The defaults
/// are the names ML.NET's multiclass trainers write; the group and cluster columns are the caller's.
/// </summary>
/// <param name="Group">String column holding each row's subgroup key.</param>
/// <param name="Cluster">String column holding each row's lesion or patient id.</param>
public sealed record PredictionColumns(string Group, string Cluster)
{
    /// <summary>True label: a key (as MapValueToKey makes) or a string. Default <c>Label</c>.</summary>
    public string Label { get; init; } = "Label";

    /// <summary>Predicted label: a key or a string. Default <c>PredictedLabel</c>.</summary>
    public string PredictedLabel { get; init; } = "PredictedLabel";

    /// <summary>Per-class scores: a known-size vector of Single, one slot per class. Default <c>Score</c>.</summary>
    public string Score { get; init; } = "Score";
}
