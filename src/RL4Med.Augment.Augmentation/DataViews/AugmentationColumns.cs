namespace RL4Med.Augment.Augmentation.DataViews;

/// <summary>
/// Column names of the <see cref="AugmentSubgroupsEstimator"/> data contract. Attribute columns are named after the
/// attributes themselves (<c>hair</c>, <c>ink</c>, <c>skin_type</c>).
/// </summary>
public static class AugmentationColumns
{
    /// <summary>Text: the image file. Input: absolute or relative to the current folder; output: absolute.</summary>
    public const string ImagePath = "ImagePath";

    /// <summary>Text: the diagnosis code, e.g. <c>mel</c>.</summary>
    public const string Label = "Label";

    /// <summary>Text: a unique id per image.</summary>
    public const string SampleId = "SampleId";

    /// <summary>Text: the lesion or patient id; each synthetic image is a group of its own.</summary>
    public const string GroupId = "GroupId";

    /// <summary>Boolean: whether a generator made the image. Optional on input, where it must be false.</summary>
    public const string IsSynthetic = "IsSynthetic";

    /// <summary>Text: SHA-256 of the generator file (empty for real rows).</summary>
    public const string GeneratorHash = "GeneratorHash";

    /// <summary>Text: the prompt the image was sampled for (empty for real rows).</summary>
    public const string Prompt = "Prompt";

    /// <summary>Int64: the image's noise seed (0 for real rows).</summary>
    public const string Seed = "Seed";

    /// <summary>Double: the guidance scale (NaN for real rows).</summary>
    public const string Guidance = "Guidance";

    /// <summary>Int32: DDIM steps (0 for real rows).</summary>
    public const string Steps = "Steps";

    /// <summary>Double: DDIM eta (NaN for real rows).</summary>
    public const string Eta = "Eta";

    /// <summary>Double: the reward scorer's score (NaN for real rows, and without a scorer).</summary>
    public const string RewardScore = "RewardScore";
}
