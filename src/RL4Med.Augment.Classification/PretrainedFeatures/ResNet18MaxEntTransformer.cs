using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.PretrainedFeatures;

/// <summary>
/// A trained <see cref="ResNet18MaxEntTrainer"/> model: loads each image of the path column, runs ResNet-18 on it and
/// adds <c>Score</c> (class probabilities in key order) and <c>PredictedLabel</c> (a key column with the training
/// label's key values). Saving writes its chain of ML.NET transformers, the network included, into the model zip;
/// <c>mlContext.Model.Load</c> gives that chain back, which scores identically and needs no feature cache.
/// </summary>
public sealed class ResNet18MaxEntTransformer : ITransformer
{
    private readonly TransformerChain<ITransformer> scoring;

    internal ResNet18MaxEntTransformer(TransformerChain<ITransformer> scoring, string imageColumnName, IReadOnlyList<string> classNames,
        int featuresFromCache, int featuresComputed)
    {
        this.scoring = scoring;
        ImageColumnName = imageColumnName;
        ClassNames = classNames;
        FeaturesFromCache = featuresFromCache;
        FeaturesComputed = featuresComputed;
    }

    /// <summary>The image path column the model reads.</summary>
    public string ImageColumnName { get; }

    /// <summary>Class names in key order: the slots of <c>Score</c> and the key values of <c>PredictedLabel</c>.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>Training images whose features came from the feature cache.</summary>
    public int FeaturesFromCache { get; }

    /// <summary>Training images that ResNet-18 featurised during training (not in the cache, or no cache).</summary>
    public int FeaturesComputed { get; }

    /// <inheritdoc />
    public bool IsRowToRowMapper => true;

    /// <summary>The input schema plus <c>Score</c> and <c>PredictedLabel</c>; throws naming a missing or mistyped image column.</summary>
    public DataViewSchema GetOutputSchema(DataViewSchema inputSchema)
    {
        ClassifierSchema.CheckImagePaths(inputSchema, ImageColumnName);
        return scoring.GetOutputSchema(inputSchema);
    }

    /// <summary>Scores <paramref name="input"/> lazily, one image at a time.</summary>
    public IDataView Transform(IDataView input)
    {
        ClassifierSchema.CheckImagePaths(input.Schema, ImageColumnName);
        return scoring.Transform(input);
    }

    /// <inheritdoc />
    public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema)
    {
        ClassifierSchema.CheckImagePaths(inputSchema, ImageColumnName);
        return ((ITransformer)scoring).GetRowToRowMapper(inputSchema);
    }

    /// <summary>Saves the scoring chain: ML.NET loads it back as a <see cref="TransformerChain{TLastTransformer}"/>.</summary>
    void ICanSaveModel.Save(ModelSaveContext ctx) => ((ICanSaveModel)scoring).Save(ctx);
}
