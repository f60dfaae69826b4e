using RL4Med.Augment.Classification.Estimators;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Runs.Configuration;

/// <summary>The disease classifier trained in every arm (same seed, same budget).</summary>
public sealed class ClassifierConfig
{
    /// <summary>
    /// <c>cnn</c> (the TorchSharp residual CNN trainer), <c>maxent</c> (ML.NET's L-BFGS maximum entropy on pixels) or
    /// <c>resnet18</c> (the same on ImageNet ResNet-18 features): which classifier every arm trains.
    /// </summary>
    public string Kind { get; set; } = DiseaseClassifierKinds.Cnn;

    /// <summary>The malignant class whose sensitivity and fairness gaps the report leads with.</summary>
    public string PositiveClass { get; set; } = "mel";

    /// <summary>Network and training of the <c>cnn</c> kind; image size and columns are set by the run.</summary>
    public TorchImageClassificationTrainer.Options Cnn { get; set; } = new();

    /// <summary>The maximum-entropy layer of the <c>resnet18</c> kind (the network is fixed; only this layer trains).</summary>
    public ResNet18ClassifierConfig ResNet18 { get; set; } = new();
}
