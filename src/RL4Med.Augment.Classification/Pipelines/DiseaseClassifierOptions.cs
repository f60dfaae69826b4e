using RL4Med.Augment.Classification.Manifest;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.Pipelines;

/// <summary>Columns and settings of a <see cref="DiseaseClassifierFactory"/> pipeline.</summary>
public sealed class DiseaseClassifierOptions
{
    /// <summary>Text column with the image paths.</summary>
    public string ImageColumnName { get; set; } = nameof(ClassifierImageRow.ImagePath);

    /// <summary>Text column with the diagnosis; the pipeline turns it into a key column of the same name (key values sorted).</summary>
    public string LabelColumnName { get; set; } = nameof(ClassifierImageRow.Label);

    /// <summary>Folder relative image paths start from; <c>null</c> when they are absolute.</summary>
    public string? ImageFolder { get; set; }

    /// <summary>Side S of the square images the classifiers read (prepare-data's image size).</summary>
    public int ImageSize { get; set; } = 32;

    /// <summary>Network and training of the <c>cnn</c> kind; its image size and column names are set from this object's.</summary>
    public TorchImageClassificationTrainer.Options Cnn { get; set; } = new();

    /// <summary>L2 penalty of the <c>maxent</c> kind.</summary>
    public float MaxEntL2Regularization { get; set; } = 1f;

    /// <summary>Most L-BFGS iterations of the <c>maxent</c> kind.</summary>
    public int MaxEntIterations { get; set; } = 200;
}
