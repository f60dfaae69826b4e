using Microsoft.ML;
using RL4Med.Augment.Augmentation.DataViews;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Augmentation;

/// <summary>
/// Adds synthetic training images for under-represented subgroups (<c>mlContext.Transforms.AugmentSubgroups(options)</c>).
/// <see cref="Fit"/> reads the real training rows, counts them per subgroup and plans the images to add;
/// the fitted transformer generates them once and appends them to the training rows.
/// <para>Input columns (see <see cref="AugmentationColumns"/>): ImagePath, Label (diagnosis code), SampleId and GroupId,
/// all text; one text column per attribute that the subgroup spec or the prompts use (flags "1"/"0", empty = unknown);
/// optionally the other declared attributes (text) and IsSynthetic (Boolean, must be false). Other columns are not
/// carried over, since the row count changes: append pixel loading and trainers after this step.</para>
/// <para>Output columns: ImagePath (absolute), Label, SampleId, GroupId, every declared attribute (text), IsSynthetic
/// (Boolean), GeneratorHash and Prompt (text), Seed (Int64), Guidance (Double), Steps (Int32), Eta and RewardScore
/// (Double); real rows have empty text, zero integers and NaN doubles there.</para>
/// </summary>
public sealed partial class AugmentSubgroupsEstimator : IEstimator<AugmentSubgroupsTransformer>
{
    private readonly Options options;
    private readonly AugmentationSchema schema;

    /// <summary>An estimator with <paramref name="options"/>; throws naming an invalid option or subgroup spec.</summary>
    public AugmentSubgroupsEstimator(Options options)
    {
        options.Validate();
        this.options = options;
        schema = new AugmentationSchema(options.Dataset, SubgroupSpec.Parse(options.Subgroups.By, options.Dataset.Attributes));
    }

    /// <summary>Reads the real training rows of <paramref name="input"/> and plans the synthetic images (nothing is generated yet).</summary>
    public AugmentSubgroupsTransformer Fit(IDataView input) => new(new SubgroupAugmenter(options, schema.ReadRealRows(input)), schema);

    /// <summary>The output columns; throws naming a missing or mistyped input column.</summary>
    public SchemaShape GetOutputSchema(SchemaShape inputSchema) => schema.OutputShape(inputSchema);
}
