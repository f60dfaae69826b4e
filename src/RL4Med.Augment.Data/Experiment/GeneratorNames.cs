namespace RL4Med.Augment.Data.Experiment;

/// <summary>
/// The two generators of a run: the names of their folders, of <c>--generator</c> and of the report's keys; charts
/// colour them as the arms they feed.
/// </summary>
public static class GeneratorNames
{
    /// <summary>The pretrained generator, whose images feed <see cref="ArmNames.PretrainedAugmented"/>.</summary>
    public const string Pretrained = "pretrained";

    /// <summary>The DDPO-tuned generator, whose images feed <see cref="ArmNames.DdpoAugmented"/>.</summary>
    public const string Ddpo = "ddpo";

    /// <summary>Both, in the order a run trains them.</summary>
    public static IReadOnlyList<string> All { get; } = [Pretrained, Ddpo];
}
