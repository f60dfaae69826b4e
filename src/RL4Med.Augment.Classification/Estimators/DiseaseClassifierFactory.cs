using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using RL4Med.Augment.Classification.Pixels;
using RL4Med.Augment.Classification.PretrainedFeatures;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.Estimators;

/// <summary>
/// The disease classifier estimators the <c>train-classifier</c> command chooses from: image path + text label in,
/// <c>Score</c> and <c>PredictedLabel</c> (key) out, ready for <c>MulticlassClassification.Evaluate</c> and
/// <c>mlContext.Model.Save</c>.
/// </summary>
public static class DiseaseClassifierFactory
{
    /// <summary>The pixel column the <c>cnn</c> and <c>maxent</c> estimators add.</summary>
    public const string PixelColumnName = "Pixels";

    /// <summary>
    /// An untrained estimator of <paramref name="kind"/> (see <see cref="DiseaseClassifierKinds"/>): pixels, label key and
    /// classifier, or for <c>resnet18</c> label key and classifier, which reads the image files itself. The <c>cnn</c>
    /// kind stops early on <paramref name="validationSet"/> (raw rows like the training rows) and reports to
    /// <paramref name="progress"/>; the <c>resnet18</c> kind reports its featurised training images to
    /// <paramref name="featureProgress"/>.
    /// </summary>
    public static IEstimator<ITransformer> Create(MLContext mlContext, string kind, DiseaseClassifierOptions options,
        IDataView? validationSet = null, Action<ClassifierTrainingProgress>? progress = null, IProgress<int>? featureProgress = null)
    {
        var labelKeys = mlContext.Transforms.Conversion.MapValueToKey(options.LabelColumnName,
            keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue); // sorted: the same keys whatever the row order
        var pixelsAndLabelKeys = () => mlContext.Transforms
            .LoadDermoscopyPixels(options.ImageSize, options.ImageFolder, options.ImageColumnName, PixelColumnName)
            .Append(labelKeys);
        switch (kind)
        {
            case DiseaseClassifierKinds.Cnn:
                var cnn = options.Cnn.CopyFor(options.ImageSize, options.LabelColumnName, PixelColumnName);
                return new ValidatedTrainingEstimator(pixelsAndLabelKeys(),
                    validation => new TorchImageClassificationTrainer(cnn, validation, progress), validationSet);
            case DiseaseClassifierKinds.MaxEnt:
                return pixelsAndLabelKeys()
                    .AppendCacheCheckpoint(mlContext) // L-BFGS passes over the rows many times: decode each image once
                    .Append(mlContext.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
                    {
                        LabelColumnName = options.LabelColumnName,
                        FeatureColumnName = PixelColumnName,
                        L2Regularization = options.MaxEntL2Regularization,
                        MaximumNumberOfIterations = options.MaxEntIterations,
                    }));
            case DiseaseClassifierKinds.ResNet18:
                return labelKeys.Append(mlContext.MulticlassClassification.Trainers.ResNet18MaxEnt(new ResNet18MaxEntTrainer.Options
                {
                    ImageColumnName = options.ImageColumnName,
                    LabelColumnName = options.LabelColumnName,
                    ImageFolder = options.ImageFolder,
                    FeatureCachePath = options.ResNet18FeatureCache,
                    L2Regularization = options.ResNet18L2Regularization,
                    MaximumNumberOfIterations = options.ResNet18Iterations,
                    ClassWeighting = options.ResNet18ClassWeighting,
                }, featureProgress));
            default:
                throw new ArgumentException($"classifier '{kind}' is not one of {string.Join(", ", DiseaseClassifierKinds.All)}", nameof(kind));
        }
    }
}
