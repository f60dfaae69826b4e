using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Augmentation.DataViews;
using RL4Med.Augment.Augmentation.Generation;
using RL4Med.Augment.Augmentation.Output;
using RL4Med.Augment.Augmentation.Planning;

namespace RL4Med.Augment.Augmentation;

/// <summary>
/// A fitted <see cref="AugmentSubgroupsEstimator"/>: its <see cref="Plan"/> is fixed, and <see cref="Transform"/> of the
/// training rows it was fitted on returns them plus the synthetic rows. Images are generated once, on the first such
/// Transform (or <see cref="Generate"/>), and kept on disk, so later transforms and later runs reuse them; cursors only
/// read rows from memory.
/// <para>
/// Not a row-to-row mapper: it adds rows, so it cannot be used in a prediction engine. Any other input (validation or
/// test rows) passes through unchanged with <c>IsSynthetic</c> false, so a fitted chain can score evaluation data
/// without ever adding synthetic images to it. It cannot be saved into a model zip (ML.NET keeps its saving API
/// internal); it is a training-time step whose lasting output is the synthetic manifest.
/// </para>
/// </summary>
public sealed class AugmentSubgroupsTransformer : ITransformer
{
    private readonly AugmentationSchema schema;
    private readonly HashSet<string> trainingIds;
    private readonly Lock gate = new();
    private AugmentationResult? result;

    internal AugmentSubgroupsTransformer(SubgroupAugmenter augmenter, AugmentationSchema schema)
    {
        Augmenter = augmenter;
        this.schema = schema;
        trainingIds = augmenter.RealTrainingRows.Select(r => r.SampleId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The images to add per subgroup (print it with <see cref="AugmentationPlan.ToTable"/> before generating).</summary>
    public AugmentationPlan Plan => Augmenter.Plan;

    /// <summary>The augmentation behind this transformer: <see cref="SubgroupAugmenter.Shard"/> and <see cref="SubgroupAugmenter.Merge"/> spread the generation over processes.</summary>
    public SubgroupAugmenter Augmenter { get; }

    /// <summary>Generates what is missing and finishes the output folder, once per transformer; later calls return the same result.</summary>
    public AugmentationResult Generate(IProgress<AugmentationProgress>? progress = null, CancellationToken cancellation = default)
    {
        lock (gate) return result ??= Augmenter.Run(progress, cancellation);
    }

    /// <inheritdoc />
    public bool IsRowToRowMapper => false;

    /// <summary>The output columns (see <see cref="AugmentationColumns"/>); throws naming a missing or mistyped input column.</summary>
    public DataViewSchema GetOutputSchema(DataViewSchema inputSchema)
    {
        schema.Check(inputSchema);
        return schema.Output;
    }

    /// <summary>
    /// The input rows in the output columns, followed, when the input is the training set this transformer was fitted on
    /// (the same sample ids), by the kept synthetic rows. Other inputs pass through without synthetic rows.
    /// </summary>
    public IDataView Transform(IDataView input)
    {
        var rows = schema.ReadRealRows(input);
        bool isTrainingSet = rows.Count == trainingIds.Count && rows.All(row => trainingIds.Contains(row.SampleId));
        if (!isTrainingSet) return new ManifestRowsDataView(schema.AttributeNames, rows);
        var manifest = Generate().Manifest;
        var synthetic = manifest.Rows.Where(row => row.IsSynthetic).Select(row => AugmentationInput.WithAbsolutePath(manifest, row));
        return new ManifestRowsDataView(schema.AttributeNames, rows.Concat(synthetic).ToList());
    }

    /// <summary>Throws: the transformer changes the row count, so it has no row-to-row mapper.</summary>
    public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema) =>
        throw new InvalidOperationException("AugmentSubgroups adds rows, so it is not a row-to-row mapper; use Transform on the training data");

    /// <summary>Throws: augmentation is a training-time step; save the model trained on its output instead.</summary>
    void ICanSaveModel.Save(ModelSaveContext ctx) =>
        throw new NotSupportedException("AugmentSubgroups cannot be saved in a model: save the transformers fitted after it; its output is the synthetic manifest");
}
