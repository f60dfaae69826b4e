using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using RL4Med.Augment.Classification.Pixels;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.Pipelines;

/// <summary>
/// The disease classifier pipelines the <c>train-classifier</c> command chooses from: image path + text label in,
/// <c>Score</c> and <c>PredictedLabel</c> (key) out, ready for <c>MulticlassClassification.Evaluate</c> and
/// <c>mlContext.Model.Save</c>.
/// </summary>
public static class DiseaseClassifierFactory
{
    /// <summary>The pixel column the pipelines add.</summary>
    public const string PixelColumnName = "Pixels";

    /// <summary>
    /// An untrained pipeline of <paramref name="kind"/> (see <see cref="DiseaseClassifierKinds"/>): pixels, label key,
    /// classifier. The <c>cnn</c> kind stops early on <paramref name="validationSet"/> (raw rows like the training
    /// rows) and reports to <paramref name="progress"/>; the <c>maxent</c> kind uses neither.
    /// </summary>
    public static IEstimator<ITransformer> Create(MLContext mlContext, string kind, DiseaseClassifierOptions options,
        IDataView? validationSet = null, Action<ClassifierTrainingProgress>? progress = null)
    {
        var preparation = mlContext.Transforms
            .LoadDermoscopyPixels(options.ImageSize, options.ImageFolder, options.ImageColumnName, PixelColumnName)
            .Append(mlContext.Transforms.Conversion.MapValueToKey(options.LabelColumnName,
                keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)); // sorted: the same keys whatever the row order
        switch (kind)
        {
            case DiseaseClassifierKinds.Cnn:
                var cnn = options.Cnn.CopyFor(options.ImageSize, options.LabelColumnName, PixelColumnName);
                return new ValidatedTrainingEstimator(preparation,
                    validation => new TorchImageClassificationTrainer(cnn, validation, progress), validationSet);
            case DiseaseClassifierKinds.MaxEnt:
                return preparation
                    .AppendCacheCheckpoint(mlContext) // L-BFGS passes over the rows many times: decode each image once
                    .Append(mlContext.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
                    {
                        LabelColumnName = options.LabelColumnName,
                        FeatureColumnName = PixelColumnName,
                        L2Regularization = options.MaxEntL2Regularization,
                        MaximumNumberOfIterations = options.MaxEntIterations,
                    }));
            default:
                throw new ArgumentException($"classifier '{kind}' is not one of {string.Join(", ", DiseaseClassifierKinds.All)}", nameof(kind));
        }
    }
}
