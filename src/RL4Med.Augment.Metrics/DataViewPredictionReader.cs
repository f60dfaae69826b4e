using Microsoft.ML;
using Microsoft.ML.Data;

namespace RL4Med.Augment.Metrics;

/// <summary>
/// Reads a scored ML.NET <see cref="IDataView"/> into a <see cref="PredictionSet"/>, so any ML.NET model's
/// predictions can be evaluated. Column faults are reported before any row is read, naming the column, its role
/// and the type expected.
/// </summary>
public static class DataViewPredictionReader
{
    private const string LabelExpectation = "a key type (as MapValueToKey makes) or String";
    private const string ScoreExpectation = "a known-size vector of Single, one slot per class";
    private const string TextExpectation = "String";

    /// <summary>Reads every row of <paramref name="data"/>.</summary>
    /// <param name="data">Scored data, e.g. <c>model.Transform(testData)</c>.</param>
    /// <param name="columns">Which column holds what.</param>
    /// <param name="positiveClass">The class one-vs-rest rates treat as positive, e.g. <c>mel</c>.</param>
    /// <param name="classNames">
    /// The class of each score slot, in slot order. When null, taken from the score column's slot names, else from
    /// the key values of the label, else of the predicted label column.
    /// </param>
    /// <exception cref="ArgumentException">A column is missing or mistyped, the classes cannot be told, or a row holds an unknown or missing label.</exception>
    public static PredictionSet Read(IDataView data, PredictionColumns columns, string positiveClass, IReadOnlyList<string>? classNames = null)
    {
        DataViewSchema schema = data.Schema;
        DataViewSchema.Column label = RequireLabelColumn(schema, columns.Label, "true label");
        DataViewSchema.Column predictedLabel = RequireLabelColumn(schema, columns.PredictedLabel, "predicted label");
        DataViewSchema.Column score = RequireColumn(schema, columns.Score, "scores", ScoreExpectation,
            type => type is VectorDataViewType { ItemType: NumberDataViewType item, IsKnownSize: true } && item == NumberDataViewType.Single);
        DataViewSchema.Column group = RequireColumn(schema, columns.Group, "group", TextExpectation, type => type is TextDataViewType);
        DataViewSchema.Column cluster = RequireColumn(schema, columns.Cluster, "cluster id", TextExpectation, type => type is TextDataViewType);

        IReadOnlyList<string> classes = classNames ?? InferClassNames(score, label, predictedLabel);
        int slots = ((VectorDataViewType)score.Type).Size;
        if (slots != classes.Count)
            throw new ArgumentException($"Column '{score.Name}' (scores) has {slots} slots; expected {classes.Count}, one per class ({string.Join(", ", classes)}).");

        using DataViewRowCursor cursor = data.GetRowCursor([label, predictedLabel, score, group, cluster]);
        Func<string> readLabel = LabelReader(cursor, label, classes);
        Func<string> readPredictedLabel = LabelReader(cursor, predictedLabel, classes);
        Func<float[]> readScores = ScoreReader(cursor, score);
        Func<string> readGroup = TextReader(cursor, group);
        Func<string> readCluster = TextReader(cursor, cluster);
        var rows = new List<PredictionRow>();
        while (cursor.MoveNext())
            rows.Add(new PredictionRow(readLabel(), readPredictedLabel(), readScores(), readGroup(), readCluster()));
        return new PredictionSet(classes, positiveClass, rows);
    }

    private static DataViewSchema.Column RequireLabelColumn(DataViewSchema schema, string name, string role) =>
        RequireColumn(schema, name, role, LabelExpectation,
            type => type is TextDataViewType || (type is KeyDataViewType key && key.RawType == typeof(uint)));

    private static DataViewSchema.Column RequireColumn(
        DataViewSchema schema, string name, string role, string expectation, Func<DataViewType, bool> hasExpectedType)
    {
        DataViewSchema.Column column = schema.GetColumnOrNull(name)
            ?? throw new ArgumentException(
                $"The IDataView has no column '{name}' for the {role}; expected {expectation}. " +
                $"Its columns: {string.Join(", ", schema.Where(c => !c.IsHidden).Select(c => c.Name))}.");
        if (!hasExpectedType(column.Type))
            throw new ArgumentException($"Column '{name}' ({role}) has type {column.Type}; expected {expectation}.");
        return column;
    }

    private static IReadOnlyList<string> InferClassNames(DataViewSchema.Column score, DataViewSchema.Column label, DataViewSchema.Column predictedLabel)
    {
        if (score.HasSlotNames())
        {
            VBuffer<ReadOnlyMemory<char>> slotNames = default;
            score.GetSlotNames(ref slotNames);
            return ToStrings(slotNames);
        }
        return KeyValuesOrNull(label) ?? KeyValuesOrNull(predictedLabel)
            ?? throw new ArgumentException(
                $"Cannot tell which class each slot of '{score.Name}' scores: it has no slot names, and neither " +
                $"'{label.Name}' nor '{predictedLabel.Name}' is a key with values. Pass the class names.");
    }

    private static string[]? KeyValuesOrNull(DataViewSchema.Column column)
    {
        if (column.Type is not KeyDataViewType || !column.HasKeyValues()) return null;
        VBuffer<ReadOnlyMemory<char>> keyValues = default;
        column.GetKeyValues(ref keyValues);
        return ToStrings(keyValues);
    }

    private static string[] ToStrings(VBuffer<ReadOnlyMemory<char>> values) =>
        values.DenseValues().Select(value => value.ToString()).ToArray();

    /// <summary>Reads a label as a class name: text as is; a key through its key values, or as a score slot when it has none.</summary>
    private static Func<string> LabelReader(DataViewRowCursor cursor, DataViewSchema.Column column, IReadOnlyList<string> classes)
    {
        if (column.Type is TextDataViewType) return TextReader(cursor, column);

        IReadOnlyList<string> names = KeyValuesOrNull(column) ?? classes;
        ValueGetter<uint> getKey = cursor.GetGetter<uint>(column);
        uint key = 0;
        return () =>
        {
            getKey(ref key);
            // Key 0 is ML.NET's missing value; key k stands for the k-th name.
            if (key == 0 || key > names.Count)
                throw new ArgumentException($"Row {cursor.Position}: column '{column.Name}' holds key {key}, which names no class (keys run 1..{names.Count}; 0 is missing).");
            return names[(int)key - 1];
        };
    }

    private static Func<float[]> ScoreReader(DataViewRowCursor cursor, DataViewSchema.Column column)
    {
        ValueGetter<VBuffer<float>> getScores = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> scores = default;
        return () =>
        {
            getScores(ref scores);
            return scores.DenseValues().ToArray();
        };
    }

    private static Func<string> TextReader(DataViewRowCursor cursor, DataViewSchema.Column column)
    {
        ValueGetter<ReadOnlyMemory<char>> getText = cursor.GetGetter<ReadOnlyMemory<char>>(column);
        ReadOnlyMemory<char> text = default;
        return () =>
        {
            getText(ref text);
            return text.ToString();
        };
    }
}
