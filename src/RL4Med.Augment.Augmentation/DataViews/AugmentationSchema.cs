using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Augmentation.DataViews;

/// <summary>
/// The input contract of <see cref="AugmentSubgroupsEstimator"/>: which columns must be there, with which types, and how
/// rows become <see cref="ManifestRow"/>s. Every failure is an <see cref="ArgumentException"/> naming the column (or the
/// row) and what it must be.
/// <list type="bullet">
/// <item>required text: ImagePath, Label, SampleId, GroupId, and one column per attribute that the subgroup spec or the
/// prompts use (the spec's attributes, every artifact flag, every prompted category);</item>
/// <item>optional text: the other declared attributes (absent = unknown);</item>
/// <item>optional Boolean IsSynthetic, which must be false: the input is real images;</item>
/// <item>other columns are ignored and do not reach the output (the row count changes, so they cannot be carried).</item>
/// </list>
/// </summary>
internal sealed class AugmentationSchema
{
    private static readonly ContractColumn Synthetic =
        new(AugmentationColumns.IsSynthetic, BooleanDataViewType.Instance, "Boolean", "optional; false for every input row");

    private readonly IReadOnlyList<ContractColumn> required;
    private readonly IReadOnlyList<ContractColumn> optional;

    public AugmentationSchema(DatasetConfig dataset, SubgroupSpec spec)
    {
        var builder = new PromptBuilder(dataset);
        var needed = spec.Attributes.Where(a => a != SubgroupSpec.DiagnosisAttribute)
            .Concat(builder.Flags.Concat(builder.PromptedCategories).Select(a => a.Name))
            .ToHashSet(StringComparer.Ordinal);
        ContractColumn Attribute(AttributeConfig attribute) => ContractColumn.Text(attribute.Name, attribute.Kind == AttributeKind.Binary
            ? $"attribute '{attribute.Name}': \"1\", \"0\", or empty when unknown"
            : $"attribute '{attribute.Name}': its value, or empty when unknown");
        required = new[]
        {
            ContractColumn.Text(AugmentationColumns.ImagePath, "the image file, absolute or relative to the current folder"),
            ContractColumn.Text(AugmentationColumns.Label, "the diagnosis code, e.g. mel"),
            ContractColumn.Text(AugmentationColumns.SampleId, "a unique id per image"),
            ContractColumn.Text(AugmentationColumns.GroupId, "the lesion or patient id"),
        }.Concat(dataset.Attributes.Where(a => needed.Contains(a.Name)).Select(Attribute)).ToList();
        optional = dataset.Attributes.Where(a => !needed.Contains(a.Name)).Select(Attribute).Append(Synthetic).ToList();
        AttributeNames = dataset.Attributes.Select(a => a.Name).ToList();
        Output = ManifestRowsDataView.SchemaOf(AttributeNames);
    }

    /// <summary>Every declared attribute, in declaration order: the output's attribute columns.</summary>
    public IReadOnlyList<string> AttributeNames { get; }

    /// <summary>The output schema (see <see cref="ManifestRowsDataView"/>).</summary>
    public DataViewSchema Output { get; }

    /// <summary>Checks the columns of a concrete schema.</summary>
    public void Check(DataViewSchema schema)
    {
        foreach (var expected in required.Concat(optional))
        {
            if (schema.GetColumnOrNull(expected.Name) is { } column)
            {
                if (!column.Type.Equals(expected.Type)) throw expected.WrongType(column.Type.ToString()!);
            }
            else if (required.Contains(expected))
            {
                throw expected.Missing(schema.Select(c => c.Name));
            }
        }
    }

    /// <summary>Checks the columns of a schema shape and returns the output's shape.</summary>
    public SchemaShape OutputShape(SchemaShape input)
    {
        foreach (var expected in required.Concat(optional))
        {
            if (input.Where(c => c.Name == expected.Name).Select(c => (SchemaShape.Column?)c).LastOrDefault() is { } column)
            {
                if (column.Kind != SchemaShape.Column.VectorKind.Scalar || column.IsKey || !column.ItemType.Equals(expected.Type))
                    throw expected.WrongType($"{(column.Kind == SchemaShape.Column.VectorKind.Scalar ? "a scalar" : "a vector of")} {(column.IsKey ? "key" : column.ItemType)}");
            }
            else if (required.Contains(expected))
            {
                throw expected.Missing(input.Select(c => c.Name));
            }
        }
        // SchemaShape columns have no public constructor, so ML.NET's own type conversion derives each output column from
        // the (checked, text) ImagePath column, and column selection drops the input columns the output does not carry.
        var ml = new MLContext(seed: 0);
        var shape = Output.Aggregate(
            (IEstimator<ITransformer>)new EstimatorChain<ITransformer>(),
            (chain, column) => chain.Append(ml.Transforms.Conversion.ConvertType(column.Name, AugmentationColumns.ImagePath, KindOf(column.Type))));
        return shape.Append(ml.Transforms.SelectColumns(Output.Select(c => c.Name).ToArray())).GetOutputSchema(input);
    }

    /// <summary>
    /// Reads every row of <paramref name="data"/> as a real training row with an absolute image path. Empty ids, paths or
    /// labels, duplicate sample ids and synthetic rows are errors naming the row.
    /// </summary>
    public IReadOnlyList<ManifestRow> ReadRealRows(IDataView data)
    {
        Check(data.Schema);
        var schema = data.Schema;
        var textColumns = required.Concat(optional).Where(c => c != Synthetic).Select(c => c.Name)
            .Where(name => schema.GetColumnOrNull(name) != null).ToList();
        var synthetic = schema.GetColumnOrNull(Synthetic.Name);
        var needed = textColumns.Select(name => schema[name]).Concat(synthetic is { } s ? new[] { s } : Array.Empty<DataViewSchema.Column>());
        using var cursor = data.GetRowCursor(needed);
        var getters = textColumns.ToDictionary(name => name, name => cursor.GetGetter<ReadOnlyMemory<char>>(schema[name]));
        var isSynthetic = synthetic is { } column ? cursor.GetGetter<bool>(column) : null;

        var rows = new List<ManifestRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (cursor.MoveNext())
        {
            long rowNumber = cursor.Position + 1;
            ArgumentException Bad(string problem) => new($"input row {rowNumber}: {problem}", nameof(data));
            string? Value(string name)
            {
                if (!getters.TryGetValue(name, out var getter)) return null;
                ReadOnlyMemory<char> value = default;
                getter(ref value);
                return value.Length > 0 ? value.ToString() : null;
            }
            string Required(string name) => Value(name) ?? throw Bad($"column '{name}' is empty");

            bool syntheticRow = false;
            isSynthetic?.Invoke(ref syntheticRow);
            if (syntheticRow) throw Bad($"{AugmentationColumns.IsSynthetic} is true: augmentation takes real images only");
            string sampleId = Required(AugmentationColumns.SampleId);
            if (!seen.Add(sampleId)) throw Bad($"sample id '{sampleId}' appears twice");
            rows.Add(new ManifestRow
            {
                SampleId = sampleId,
                ImagePath = Path.GetFullPath(Required(AugmentationColumns.ImagePath)),
                GroupId = Required(AugmentationColumns.GroupId),
                Diagnosis = Required(AugmentationColumns.Label),
                Attributes = AttributeNames.ToDictionary(name => name, Value, StringComparer.Ordinal),
                Split = SplitNames.Train,
            });
        }
        return rows;
    }

    private static DataKind KindOf(DataViewType type) => type switch
    {
        TextDataViewType => DataKind.String,
        BooleanDataViewType => DataKind.Boolean,
        _ when type.Equals(NumberDataViewType.Int32) => DataKind.Int32,
        _ when type.Equals(NumberDataViewType.Int64) => DataKind.Int64,
        _ when type.Equals(NumberDataViewType.Double) => DataKind.Double,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not an output column type"),
    };

    /// <summary>One column of the contract, with the words its errors use.</summary>
    private sealed record ContractColumn(string Name, DataViewType Type, string TypeName, string Meaning)
    {
        public static ContractColumn Text(string name, string meaning) => new(name, TextDataViewType.Instance, "text", meaning);

        public ArgumentException Missing(IEnumerable<string> present) =>
            new($"column '{Name}' ({TypeName}: {Meaning}) is missing; the input has: {string.Join(", ", present)}", "inputSchema");

        public ArgumentException WrongType(string actual) =>
            new($"column '{Name}' must be {TypeName} ({Meaning}), but it is {actual}", "inputSchema");
    }
}
