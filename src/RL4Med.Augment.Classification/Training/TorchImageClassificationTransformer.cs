using Microsoft.ML;
using Microsoft.ML.Data;

namespace RL4Med.Augment.Classification.Training;

/// <summary>
/// A trained <see cref="TorchImageClassificationTrainer"/> model: adds <c>Score</c> (softmax probabilities, one per
/// class in key order) and <c>PredictedLabel</c> (a key column with the training label's key values).
/// Saving writes its scoring chain (see <c>Scoring.ScoringChain</c>), weights included, into the model zip;
/// <c>mlContext.Model.Load</c> gives that chain back, which scores identically.
/// </summary>
public sealed class TorchImageClassificationTransformer : ITransformer
{
    private readonly TransformerChain<ITransformer> scoring;

    internal TorchImageClassificationTransformer(TransformerChain<ITransformer> scoring, string featureColumnName, int imageSize,
        IReadOnlyList<string> classNames, TrainingHistory history)
    {
        this.scoring = scoring;
        FeatureColumnName = featureColumnName;
        ImageSize = imageSize;
        ClassNames = classNames;
        History = history;
    }

    /// <summary>The pixel column the model reads.</summary>
    public string FeatureColumnName { get; }

    /// <summary>Side of the square images the model reads.</summary>
    public int ImageSize { get; }

    /// <summary>Class names in key order: the slots of <c>Score</c> and the key values of <c>PredictedLabel</c>.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>How training went.</summary>
    public TrainingHistory History { get; }

    /// <inheritdoc />
    public bool IsRowToRowMapper => true;

    /// <summary>The input schema plus <c>Score</c> and <c>PredictedLabel</c>; throws naming a missing or mistyped pixel column.</summary>
    public DataViewSchema GetOutputSchema(DataViewSchema inputSchema)
    {
        ClassifierSchema.CheckFeatures(inputSchema, FeatureColumnName, ImageSize);
        return scoring.GetOutputSchema(inputSchema);
    }

    /// <summary>Scores <paramref name="input"/> lazily, one image at a time.</summary>
    public IDataView Transform(IDataView input)
    {
        ClassifierSchema.CheckFeatures(input.Schema, FeatureColumnName, ImageSize);
        return scoring.Transform(input);
    }

    /// <inheritdoc />
    public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema)
    {
        ClassifierSchema.CheckFeatures(inputSchema, FeatureColumnName, ImageSize);
        return ((ITransformer)scoring).GetRowToRowMapper(inputSchema);
    }

    /// <summary>Saves the scoring chain: ML.NET loads it back as a <see cref="TransformerChain{TLastTransformer}"/>.</summary>
    void ICanSaveModel.Save(ModelSaveContext ctx) => ((ICanSaveModel)scoring).Save(ctx);
}
