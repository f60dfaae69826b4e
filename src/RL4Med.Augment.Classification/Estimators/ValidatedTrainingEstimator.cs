using Microsoft.ML;
using Microsoft.ML.Data;

namespace RL4Med.Augment.Classification.Estimators;

/// <summary>
/// Preparation, then a trainer that watches a validation set. The validation rows arrive raw (image paths, text
/// labels): they must pass through the preparation fitted on the training rows (the same label keys), which
/// exists only inside <see cref="Fit"/>.
/// </summary>
internal sealed class ValidatedTrainingEstimator(
    IEstimator<ITransformer> preparation,
    Func<IDataView?, IEstimator<ITransformer>> trainer,
    IDataView? validationSet) : IEstimator<TransformerChain<ITransformer>>
{
    public TransformerChain<ITransformer> Fit(IDataView input)
    {
        var prepared = preparation.Fit(input);
        var model = trainer(validationSet is null ? null : prepared.Transform(validationSet)).Fit(prepared.Transform(input));
        return prepared.Append(model);
    }

    public SchemaShape GetOutputSchema(SchemaShape inputSchema) =>
        trainer(null).GetOutputSchema(preparation.GetOutputSchema(inputSchema));
}
