namespace RL4Med.Augment.Data.Manifest;

/// <summary>The three split names as written in manifests.</summary>
public static class SplitNames
{
    public const string Train = "train";
    public const string Validation = "validation";
    public const string Test = "test";

    /// <summary>All splits, in report order.</summary>
    public static readonly IReadOnlyList<string> All = new[] { Train, Validation, Test };
}
