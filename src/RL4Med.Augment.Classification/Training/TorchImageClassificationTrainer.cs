using Microsoft.ML;
using RL4Med.Augment.Classification.Network;
using RL4Med.Augment.Classification.Scoring;

namespace RL4Med.Augment.Classification.Training;

/// <summary>
/// An ML.NET multiclass trainer for images: a TorchSharp residual CNN trained on a pixel vector column against a key
/// label column. <see cref="Fit"/> returns a <see cref="TorchImageClassificationTransformer"/> that adds <c>Score</c>
/// (class probabilities) and <c>PredictedLabel</c> (key), so <c>MulticlassClassification.Evaluate</c> works on its
/// output and <c>mlContext.Model.Save</c>/<c>Load</c> round-trip it. Create it with
/// <c>mlContext.MulticlassClassification.Trainers.TorchImageClassifier(options)</c>.
/// </summary>
public sealed partial class TorchImageClassificationTrainer : IEstimator<TorchImageClassificationTransformer>
{
    private readonly Options options;
    private readonly IDataView? validationSet;
    private readonly Action<ClassifierTrainingProgress>? progress;

    /// <summary>A trainer with <paramref name="options"/> (validated now).</summary>
    /// <param name="options">Columns, network shape and training.</param>
    /// <param name="validationSet">Rows shaped like the training rows (same pixel column, label keyed by the same mapping)
    /// for early stopping and for choosing the kept epoch; <c>null</c> trains all epochs and keeps the last.</param>
    /// <param name="progress">Called after every optimizer step and at the end of every epoch.</param>
    public TorchImageClassificationTrainer(Options options, IDataView? validationSet = null, Action<ClassifierTrainingProgress>? progress = null)
    {
        options.Validate();
        this.options = options;
        this.validationSet = validationSet;
        this.progress = progress;
    }

    /// <summary>Trains on <paramref name="input"/>: every row's pixels and label are read into memory once.</summary>
    public TorchImageClassificationTransformer Fit(IDataView input)
    {
        ClassifierSchema.CheckFeatures(input.Schema, options.FeatureColumnName, options.ImageSize);
        string[] classNames = ClassifierSchema.ClassNames(input.Schema, options.LabelColumnName);
        var train = LabelledPixels.Read(input, options.FeatureColumnName, options.LabelColumnName, options.ImageSize, "training");
        var validation = validationSet is null ? null : ReadValidation(validationSet, classNames);

        var (weights, history) = new ClassifierTraining(options, progress).Run(train, validation, classNames.Length);
        var state = new ClassifierState
        {
            ImageSize = options.ImageSize,
            Widths = options.Widths.ToArray(),
            BlocksPerStage = options.BlocksPerStage,
            ClassNames = classNames,
            Weights = weights,
        };
        return new TorchImageClassificationTransformer(
            ScoringChain.Build(input, options.FeatureColumnName, state), options.FeatureColumnName, options.ImageSize, classNames, history);
    }

    /// <summary>The input columns plus <c>Score</c> and <c>PredictedLabel</c>; throws naming a missing or mistyped label or pixel column.</summary>
    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        ClassifierSchema.CheckLabel(inputSchema, options.LabelColumnName);
        ClassifierSchema.CheckFeatures(inputSchema, options.FeatureColumnName, options.ImageSize);
        return ScoringChain.OutputSchema(inputSchema, options.FeatureColumnName);
    }

    private LabelledPixels ReadValidation(IDataView data, string[] classNames)
    {
        ClassifierSchema.CheckFeatures(data.Schema, options.FeatureColumnName, options.ImageSize);
        if (!ClassifierSchema.ClassNames(data.Schema, options.LabelColumnName).SequenceEqual(classNames))
            throw new ArgumentException(
                $"the validation set's label column '{options.LabelColumnName}' has other key values than the training set's; "
                + "transform both with the same fitted key mapping", nameof(validationSet));
        return LabelledPixels.Read(data, options.FeatureColumnName, options.LabelColumnName, options.ImageSize, "validation");
    }
}
