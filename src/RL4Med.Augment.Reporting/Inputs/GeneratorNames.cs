namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>The usual names of the two generators, as keys of <see cref="SubgroupCountRow.SyntheticTrain"/>; charts colour them as the arms they feed.</summary>
public static class GeneratorNames
{
    /// <summary>The pretrained generator, whose images feed <see cref="ArmNames.PretrainedAugmented"/>.</summary>
    public const string Pretrained = "pretrained";

    /// <summary>The DDPO-tuned generator, whose images feed <see cref="ArmNames.DdpoAugmented"/>.</summary>
    public const string Ddpo = "ddpo";
}
