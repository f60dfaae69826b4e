using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Classification.Network;

namespace RL4Med.Augment.Classification.Scoring;

/// <summary>
/// Builds the scoring of a trained classifier from parts ML.NET can save and load by itself, so that
/// <c>mlContext.Model.Save</c> / <c>Load</c> round-trip it with nothing beside the zip:
/// <list type="number">
/// <item>copy the pixel column to a fixed name (custom mappings bind columns by compile-time names);</item>
/// <item><see cref="ClassifierStateKeyFactory"/>: a constant key;</item>
/// <item>a value mapping from that key to the <see cref="ClassifierState"/> text: the weights live in the zip as its lookup table;</item>
/// <item><see cref="ClassifierScoringFactory"/>: the network's probabilities, padded, and the predicted class name;</item>
/// <item>feature selection fitted to keep the first K slots: <c>Score</c>, a known-size vector as evaluators need;</item>
/// <item>value-to-key over the class names in key order: <c>PredictedLabel</c> with the label's key values;</item>
/// <item>drop the working columns.</item>
/// </list>
/// </summary>
/// <remarks>
/// Why this shape: ML.NET keeps the model-saving API (<c>ModelSaveContext</c> writers, <c>LoadableClass</c>) internal,
/// so a custom transformer cannot save itself; a custom mapping saves only its contract name, and ML.NET recreates its
/// factory with no arguments, never telling it which zip it loads, so a weights file beside the zip could not be
/// found. The one place left for per-model data is the state of ML.NET's own transforms: the value mapping's lookup
/// table carries the weights, the key mapping the class names, the feature selection the class count. The cost is
/// that <c>Score</c> has no slot names (no public transform adds them to a computed vector): the class names are
/// <c>PredictedLabel</c>'s key values.
/// </remarks>
internal static class ScoringChain
{
    /// <summary>The chain for inputs shaped like <paramref name="schemaSource"/> whose pixels are in <paramref name="featureColumnName"/>.</summary>
    public static TransformerChain<ITransformer> Build(IDataView schemaSource, string featureColumnName, ClassifierState state)
    {
        // Only builds transformers; the user's context loads and runs them. None of these fits reads a row of
        // schemaSource (the key mapping takes its keys from keyData), so nothing is scored here.
        var ml = new MLContext(seed: 0);
        var scoring = Scoring(ml, featureColumnName, state.Encode()).Fit(schemaSource);
        var firstSlots = FirstSlots(ml).Fit(ml.Data.LoadFromEnumerable(new[] { RowWithFirstSlotsSet(state.ClassNames.Count) }));
        var labels = Labels(ml, state.ClassNames).Fit(firstSlots.Transform(scoring.Transform(schemaSource)));
        return new TransformerChain<ITransformer>(scoring.Append(firstSlots).Concat(labels).ToArray());
    }

    /// <summary>What <see cref="Build"/>'s chain outputs for inputs of shape <paramref name="input"/>.</summary>
    public static SchemaShape OutputSchema(SchemaShape input, string featureColumnName)
    {
        var ml = new MLContext(seed: 0);
        return Scoring(ml, featureColumnName, stateText: "").Append(FirstSlots(ml)).Append(Labels(ml, Array.Empty<string>()))
            .GetOutputSchema(input);
    }

    private static EstimatorChain<ITransformer> Scoring(MLContext ml, string featureColumnName, string stateText) =>
        ml.Transforms.CopyColumns(ScoringColumns.Pixels, featureColumnName)
            .Append(ml.Transforms.CustomMapping(new ClassifierStateKeyFactory().GetMapping(), ClassifierStateKeyFactory.ContractName))
            .Append(ml.Transforms.Conversion.MapValue(ScoringColumns.State,
                new[] { KeyValuePair.Create(ClassifierStateKeyFactory.Key, stateText) }, ScoringColumns.StateKey))
            .Append<ITransformer>(ml.Transforms.CustomMapping(new ClassifierScoringFactory().GetMapping(), ClassifierScoringFactory.ContractName));

    // Feature selection by count keeps the slots that are non-zero in at least one row of the data it is fitted on.
    private static IEstimator<ITransformer> FirstSlots(MLContext ml) =>
        ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount(ScoringColumns.Score, ScoringColumns.PaddedScore, count: 1);

    private static ClassifierScoringFactory.Output RowWithFirstSlotsSet(int classes)
    {
        var row = new ClassifierScoringFactory.Output();
        Array.Fill(row.PaddedScore, 1f, 0, classes);
        return row;
    }

    // Key values in the order of keyData: the label's key order.
    private static EstimatorChain<ITransformer> Labels(MLContext ml, IReadOnlyList<string> classNames) =>
        ml.Transforms.Conversion.MapValueToKey(ScoringColumns.PredictedLabel, ScoringColumns.PredictedClass,
                keyData: ml.Data.LoadFromEnumerable(classNames.Select(name => new ClassNameRow { Name = name })))
            .Append<ITransformer>(ml.Transforms.DropColumns(ScoringColumns.Working));

    private sealed class ClassNameRow
    {
        public string Name { get; set; } = "";
    }
}
