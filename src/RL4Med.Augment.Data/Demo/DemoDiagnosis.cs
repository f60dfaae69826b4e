namespace RL4Med.Augment.Data.Demo;

/// <summary>Diagnosis codes of the demo data set, spelled as in HAM10000 / ISIC metadata.</summary>
public static class DemoDiagnosis
{
    /// <summary>Melanoma.</summary>
    public const string Melanoma = "mel";

    /// <summary>Melanocytic nevus.</summary>
    public const string Nevus = "nv";

    /// <summary>Benign keratosis-like lesion (seborrhoeic keratosis, solar lentigo, lichen planus-like keratosis).</summary>
    public const string BenignKeratosis = "bkl";

    /// <summary>All codes the demo renderer can draw.</summary>
    public static IReadOnlyList<string> All { get; } = [Melanoma, Nevus, BenignKeratosis];
}
