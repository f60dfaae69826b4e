namespace RL4Med.Augment.Rewards.Model;

/// <summary>What an attribute classifier sees images through, by the names configurations use.</summary>
public static class AttributeBackbones
{
    /// <summary>A residual CNN trained here from scratch together with the heads.</summary>
    public const string Cnn = "cnn";

    /// <summary>ImageNet ResNet-18, frozen (the DnnImageFeaturizer package's network); only the heads are trained.</summary>
    public const string ResNet18 = "resnet18";

    /// <summary>All backbones.</summary>
    public static readonly IReadOnlyList<string> All = [Cnn, ResNet18];
}
