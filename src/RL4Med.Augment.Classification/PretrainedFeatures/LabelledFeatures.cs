using Microsoft.ML;
using Microsoft.ML.Data;

namespace RL4Med.Augment.Classification.PretrainedFeatures;

/// <summary>
/// Feature vectors, their label keys and example weights as an in-memory <see cref="IDataView"/>: what the maximum-entropy layer trains
/// on. The label column keeps the training label's key type and key values, so the trained layer's
/// <c>PredictedLabel</c> has the class names; the feature column has the type the scoring chain's features have.
/// </summary>
internal static class LabelledFeatures
{
    // The annotation kind that holds a key column's values (ML.NET's AnnotationUtils.Kinds is internal).
    private const string KeyValuesKind = "KeyValues";

    public static IDataView Load(MLContext ml, DataViewSchema.Column label, uint[] keys, float[] weights,
        string featuresColumn, DataViewType featureType, float[,] features, string weightColumn)
    {
        int width = features.GetLength(1);
        var rows = keys.Select((key, i) =>
        {
            var vector = new float[width];
            Buffer.BlockCopy(features, i * width * sizeof(float), vector, 0, width * sizeof(float));
            // LoadFromEnumerable reads a key property as 0-based (it stores value + 1); a key column's values are 1-based.
            return new Row { Label = key - 1, Features = vector, Weight = weights[i] };
        }).ToList();

        var definition = SchemaDefinition.Create(typeof(Row));
        var labelColumn = definition[nameof(Row.Label)];
        var featureColumn = definition[nameof(Row.Features)];
        var keyValues = default(VBuffer<ReadOnlyMemory<char>>);
        label.GetKeyValues(ref keyValues);
        labelColumn.ColumnName = label.Name;
        labelColumn.ColumnType = label.Type;
        labelColumn.AddAnnotation(KeyValuesKind, keyValues, new VectorDataViewType(TextDataViewType.Instance, keyValues.Length));
        featureColumn.ColumnName = featuresColumn;
        featureColumn.ColumnType = featureType;
        definition[nameof(Row.Weight)].ColumnName = weightColumn;
        return ml.Data.LoadFromEnumerable(rows, definition);
    }

    private sealed class Row
    {
        public uint Label { get; set; }
        public float[] Features { get; set; } = [];
        public float Weight { get; set; }
    }
}
