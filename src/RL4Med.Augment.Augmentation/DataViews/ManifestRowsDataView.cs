using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Data.Manifest;
using static RL4Med.Augment.Augmentation.DataViews.AugmentationColumns;

namespace RL4Med.Augment.Augmentation.DataViews;

/// <summary>
/// Manifest rows (with absolute image paths) as an in-memory <see cref="IDataView"/> with the augmentation's output
/// columns: ImagePath, Label, SampleId, GroupId, one text column per attribute (empty = unknown), IsSynthetic and the
/// provenance columns. A custom view because the attribute columns are only known at run time.
/// </summary>
internal sealed class ManifestRowsDataView : IDataView
{
    private readonly IReadOnlyList<ManifestRow> rows;
    private readonly Delegate[] values;

    public ManifestRowsDataView(IReadOnlyList<string> attributeNames, IReadOnlyList<ManifestRow> rows)
    {
        this.rows = rows;
        var columns = Columns(attributeNames);
        Schema = SchemaOf(columns);
        values = columns.Select(c => c.Value).ToArray();
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    /// <summary>The schema of a view over rows with these attributes.</summary>
    public static DataViewSchema SchemaOf(IReadOnlyList<string> attributeNames) => SchemaOf(Columns(attributeNames));

    public long? GetRowCount() => rows.Count;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        new[] { GetRowCursor(columnsNeeded, rand) };

    private sealed record ViewColumn(string Name, DataViewType Type, Delegate Value);

    private static IReadOnlyList<ViewColumn> Columns(IReadOnlyList<string> attributeNames) =>
        new[] { Text(ImagePath, r => r.ImagePath), Text(Label, r => r.Diagnosis), Text(SampleId, r => r.SampleId), Text(GroupId, r => r.GroupId) }
            .Concat(attributeNames.Select(name => Text(name, r => r.Attributes.GetValueOrDefault(name))))
            .Concat(new[]
            {
                Column(IsSynthetic, BooleanDataViewType.Instance, r => r.IsSynthetic),
                Text(GeneratorHash, r => r.Provenance?.GeneratorHash),
                Text(Prompt, r => r.Provenance?.Prompt),
                Column(Seed, NumberDataViewType.Int64, r => r.Provenance?.Seed ?? 0L),
                Column(Guidance, NumberDataViewType.Double, r => r.Provenance?.Guidance ?? double.NaN),
                Column(Steps, NumberDataViewType.Int32, r => r.Provenance?.Steps ?? 0),
                Column(Eta, NumberDataViewType.Double, r => r.Provenance?.Eta ?? double.NaN),
                Column(RewardScore, NumberDataViewType.Double, r => r.Provenance?.RewardScore ?? double.NaN),
            })
            .ToList();

    private static ViewColumn Column<T>(string name, DataViewType type, Func<ManifestRow, T> value) => new(name, type, value);

    private static ViewColumn Text(string name, Func<ManifestRow, string?> value) =>
        Column(name, TextDataViewType.Instance, r => (value(r) ?? "").AsMemory());

    private static DataViewSchema SchemaOf(IReadOnlyList<ViewColumn> columns)
    {
        var builder = new DataViewSchema.Builder();
        foreach (var column in columns) builder.AddColumn(column.Name, column.Type);
        return builder.ToSchema();
    }

    private sealed class Cursor(ManifestRowsDataView view) : DataViewRowCursor
    {
        private long position = -1;

        public override long Position => position;

        public override long Batch => 0;

        public override DataViewSchema Schema => view.Schema;

        public override bool MoveNext()
        {
            if (position + 1 >= view.rows.Count) return false;
            position++;
            return true;
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId id) => id = new DataViewRowId((ulong)position, 0);

        public override bool IsColumnActive(DataViewSchema.Column column) => true;

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            if (view.values[column.Index] is not Func<ManifestRow, TValue> value)
                throw new InvalidOperationException($"column '{column.Name}' holds {column.Type}, not {typeof(TValue).Name}");
            return (ref TValue result) => result = value(view.rows[(int)position]);
        }
    }
}
