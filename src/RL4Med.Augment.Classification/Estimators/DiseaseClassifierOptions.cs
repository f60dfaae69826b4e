using RL4Med.Augment.Classification.Manifest;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.Estimators;

/// <summary>Columns and settings of a <see cref="DiseaseClassifierFactory"/> estimator.</summary>
public sealed class DiseaseClassifierOptions
{
    /// <summary>Text column with the image paths.</summary>
    public string ImageColumnName { get; set; } = nameof(ClassifierImageRow.ImagePath);

    /// <summary>Text column with the diagnosis; the estimator turns it into a key column of the same name (key values sorted).</summary>
    public string LabelColumnName { get; set; } = nameof(ClassifierImageRow.Label);

    /// <summary>Folder relative image paths start from; <c>null</c> when they are absolute.</summary>
    public string? ImageFolder { get; set; }

    /// <summary>Side S of the square images the <c>cnn</c> and <c>maxent</c> kinds read (prepare-data's image size); <c>resnet18</c> resizes to 224.</summary>
    public int ImageSize { get; set; } = 32;

    /// <summary>Network and training of the <c>cnn</c> kind; its image size and column names are set from this object's.</summary>
    public TorchImageClassificationTrainer.Options Cnn { get; set; } = new();

    /// <summary>L2 penalty of the <c>maxent</c> kind.</summary>
    public float MaxEntL2Regularization { get; set; } = 1f;

    /// <summary>Most L-BFGS iterations of the <c>maxent</c> kind.</summary>
    public int MaxEntIterations { get; set; } = 200;

    /// <summary>L2 penalty of the <c>resnet18</c> kind's maximum-entropy layer.</summary>
    public float ResNet18L2Regularization { get; set; } = 1f;

    /// <summary>Most L-BFGS iterations of the <c>resnet18</c> kind.</summary>
    public int ResNet18Iterations { get; set; } = 200;

    /// <summary>Loss weights of the <c>resnet18</c> kind's classes.</summary>
    public ClassWeighting ResNet18ClassWeighting { get; set; } = ClassWeighting.InverseFrequency;

    /// <summary>
    /// Feature cache file of the <c>resnet18</c> kind: training computes an image's ResNet-18 features only if no earlier
    /// fit stored them there. <c>null</c> computes every image; a run keeps one cache for all its arms.
    /// </summary>
    public string? ResNet18FeatureCache { get; set; }
}
