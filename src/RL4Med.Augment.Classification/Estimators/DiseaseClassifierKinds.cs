namespace RL4Med.Augment.Classification.Estimators;

/// <summary>The classifiers <see cref="DiseaseClassifierFactory"/> builds, by the names the command line uses.</summary>
public static class DiseaseClassifierKinds
{
    /// <summary>The TorchSharp residual CNN (<see cref="Training.TorchImageClassificationTrainer"/>).</summary>
    public const string Cnn = "cnn";

    /// <summary>ML.NET's L-BFGS maximum-entropy (multinomial logistic regression) on the raw pixels: a simple baseline.</summary>
    public const string MaxEnt = "maxent";

    /// <summary>
    /// ML.NET's L-BFGS maximum entropy on the 512 ImageNet ResNet-18 features of each image
    /// (<see cref="PretrainedFeatures.ResNet18MaxEntTrainer"/>): a pretrained backbone, nothing of it trained.
    /// </summary>
    public const string ResNet18 = "resnet18";

    /// <summary>All kinds.</summary>
    public static readonly IReadOnlyList<string> All = new[] { Cnn, MaxEnt, ResNet18 };
}
