namespace RL4Med.Augment.Data.Manifest;

/// <summary>Column names of the manifest CSV. Every other column is an attribute.</summary>
public static class ManifestColumns
{
    public const string SampleId = "sample_id";
    public const string ImagePath = "image_path";
    public const string GroupId = "group_id";
    public const string Diagnosis = "diagnosis";
    public const string Split = "split";
    public const string IsSynthetic = "is_synthetic";
    public const string GeneratorHash = "generator_hash";
    public const string Prompt = "prompt";
    public const string Seed = "seed";
    public const string Guidance = "guidance";
    public const string Steps = "steps";
    public const string Eta = "eta";
    public const string RewardScore = "reward_score";

    /// <summary>Columns before the attributes.</summary>
    public static readonly IReadOnlyList<string> Leading = new[] { SampleId, ImagePath, GroupId, Diagnosis };

    /// <summary>Columns after the attributes: the split, the synthetic flag and provenance.</summary>
    public static readonly IReadOnlyList<string> Trailing = new[] { Split, IsSynthetic, GeneratorHash, Prompt, Seed, Guidance, Steps, Eta, RewardScore };

    /// <summary>Whether <paramref name="name"/> is one of the fixed columns (and so cannot name an attribute).</summary>
    public static bool IsReserved(string name) => Leading.Contains(name) || Trailing.Contains(name);
}
