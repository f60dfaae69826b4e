using Microsoft.ML;

namespace RL4Med.Augment.Classification.Training;

/// <summary><c>mlContext.MulticlassClassification.Trainers.TorchImageClassifier(...)</c>.</summary>
public static class TorchImageClassifierCatalog
{
    /// <summary>A <see cref="TorchImageClassificationTrainer"/> that trains all epochs and keeps the last.</summary>
    /// <param name="trainers">The catalog, <c>mlContext.MulticlassClassification.Trainers</c>.</param>
    /// <param name="options">Columns, network shape and training.</param>
    /// <param name="progress">Called after every optimizer step and at the end of every epoch.</param>
    public static TorchImageClassificationTrainer TorchImageClassifier(
        this MulticlassClassificationCatalog.MulticlassClassificationTrainers trainers,
        TorchImageClassificationTrainer.Options options,
        Action<ClassifierTrainingProgress>? progress = null) =>
        new(options, validationSet: null, progress);

    /// <summary>A <see cref="TorchImageClassificationTrainer"/> that stops early on <paramref name="validationSet"/> and keeps its best epoch.</summary>
    /// <param name="trainers">The catalog, <c>mlContext.MulticlassClassification.Trainers</c>.</param>
    /// <param name="options">Columns, network shape and training.</param>
    /// <param name="validationSet">Rows shaped like the training rows, label keyed by the same mapping.</param>
    /// <param name="progress">Called after every optimizer step and at the end of every epoch.</param>
    public static TorchImageClassificationTrainer TorchImageClassifier(
        this MulticlassClassificationCatalog.MulticlassClassificationTrainers trainers,
        TorchImageClassificationTrainer.Options options,
        IDataView validationSet,
        Action<ClassifierTrainingProgress>? progress = null) =>
        new(options, validationSet, progress);
}
