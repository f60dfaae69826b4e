using Microsoft.ML;

namespace RL4Med.Augment.Classification.PretrainedFeatures;

/// <summary><c>mlContext.MulticlassClassification.Trainers.ResNet18MaxEnt(...)</c>.</summary>
public static class ResNet18MaxEntCatalog
{
    /// <summary>A <see cref="ResNet18MaxEntTrainer"/>: maximum entropy on the ResNet-18 features of the images of a path column.</summary>
    /// <param name="trainers">The catalog, <c>mlContext.MulticlassClassification.Trainers</c>.</param>
    /// <param name="options">Columns, feature cache and regularisation.</param>
    /// <param name="progress">Told how many training images have their features (computed or from the cache) so far.</param>
    public static ResNet18MaxEntTrainer ResNet18MaxEnt(
        this MulticlassClassificationCatalog.MulticlassClassificationTrainers trainers,
        ResNet18MaxEntTrainer.Options options,
        IProgress<int>? progress = null) =>
        new(options, progress);
}
