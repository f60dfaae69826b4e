namespace RL4Med.Augment.Data.Experiment;

/// <summary>The four training arms of the experiment, and how the report names them in prose.</summary>
public static class ArmNames
{
    /// <summary>Real training images only.</summary>
    public const string RealOnly = "real_only";

    /// <summary>Real images with the under-represented subgroups oversampled: the baseline synthetic images must beat.</summary>
    public const string Oversampling = "oversampling";

    /// <summary>Real images plus images of the pretrained (not RL-tuned) generator.</summary>
    public const string PretrainedAugmented = "pretrained_augmented";

    /// <summary>Real images plus images of the DDPO-tuned generator.</summary>
    public const string DdpoAugmented = "ddpo_augmented";

    /// <summary>Every arm, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [RealOnly, Oversampling, PretrainedAugmented, DdpoAugmented];

    /// <summary>The baselines every other arm is compared with, in report order.</summary>
    public static IReadOnlyList<string> Baselines { get; } = [RealOnly, Oversampling];

    /// <summary>The phrase a sentence uses for an arm, e.g. "DDPO augmentation"; an unknown arm keeps its name.</summary>
    public static string Describe(string arm) => arm switch
    {
        RealOnly => "training on real images only",
        Oversampling => "oversampling",
        PretrainedAugmented => "pretrained-generator augmentation",
        DdpoAugmented => "DDPO augmentation",
        _ => arm,
    };
}
