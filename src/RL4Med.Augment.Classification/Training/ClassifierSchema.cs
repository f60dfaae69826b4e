using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Classification.Pixels;
using RL4Med.Augment.Classification.Scoring;

namespace RL4Med.Augment.Classification.Training;

/// <summary>The column checks of the classifier: each failure is an <see cref="ArgumentException"/> naming the column and what it must be.</summary>
internal static class ClassifierSchema
{
    private static string FeatureRule(string column, int imageSize) =>
        $"column '{column}' must be a known-size vector of Single of length 3*S*S = {PixelLayout.VectorLength(imageSize)} (S = {imageSize})";

    private static string ImagePathRule(string column) => $"image column '{column}' must be a text column of image file paths";

    private static string LabelRule(string column) =>
        $"label column '{column}' must be a key column with text key values (the class names; use MapValueToKey)";

    /// <summary>Checks the pixel column of a concrete schema, length included.</summary>
    public static void CheckFeatures(DataViewSchema schema, string column, int imageSize)
    {
        var found = schema.GetColumnOrNull(column);
        if (found is null) throw Missing(FeatureRule(column, imageSize));
        if (found.Value.Type is not VectorDataViewType { ItemType: NumberDataViewType n, Size: var size }
            || n != NumberDataViewType.Single || size != PixelLayout.VectorLength(imageSize))
            throw new ArgumentException($"{FeatureRule(column, imageSize)}, but it is {found.Value.Type}", "inputSchema");
    }

    /// <summary>Checks the pixel column of a schema shape (a shape has no vector lengths: the length is checked at <c>Fit</c>).</summary>
    public static void CheckFeatures(SchemaShape shape, string column, int imageSize)
    {
        if (Find(shape, column) is not { } found) throw Missing(FeatureRule(column, imageSize));
        if (found.Kind != SchemaShape.Column.VectorKind.Vector || found.IsKey || found.ItemType != NumberDataViewType.Single)
            throw new ArgumentException($"{FeatureRule(column, imageSize)}, but it is {Describe(found)}", "inputSchema");
    }

    /// <summary>The class names (key values, in key order) of the label column; checks it.</summary>
    public static string[] ClassNames(DataViewSchema schema, string column)
    {
        var found = schema.GetColumnOrNull(column);
        if (found is null) throw Missing(LabelRule(column));
        if (found.Value.Type is not KeyDataViewType || !found.Value.HasKeyValues(TextDataViewType.Instance))
            throw new ArgumentException($"{LabelRule(column)}, but it is {found.Value.Type}{(found.Value.Type is KeyDataViewType ? " without text key values" : "")}", "inputSchema");
        var keyValues = default(VBuffer<ReadOnlyMemory<char>>);
        found.Value.GetKeyValues(ref keyValues);
        var names = keyValues.DenseValues().Select(v => v.ToString()).ToArray();
        if (names.Length is < 2 or > ClassifierScoringFactory.MaxClasses)
            throw new ArgumentException(
                $"label column '{column}' has {names.Length} classes; the classifier handles 2 to {ClassifierScoringFactory.MaxClasses}", "inputSchema");
        return names;
    }

    /// <summary>Checks the label column of a schema shape.</summary>
    public static void CheckLabel(SchemaShape shape, string column)
    {
        if (Find(shape, column) is not { } found) throw Missing(LabelRule(column));
        if (!found.IsKey || found.Kind != SchemaShape.Column.VectorKind.Scalar)
            throw new ArgumentException($"{LabelRule(column)}, but it is {Describe(found)}", "inputSchema");
    }

    /// <summary>Checks the image path column of a concrete schema.</summary>
    public static void CheckImagePaths(DataViewSchema schema, string column)
    {
        var found = schema.GetColumnOrNull(column);
        if (found is null) throw Missing(ImagePathRule(column));
        if (found.Value.Type is not TextDataViewType)
            throw new ArgumentException($"{ImagePathRule(column)}, but it is {found.Value.Type}", "inputSchema");
    }

    /// <summary>Checks the image path column of a schema shape.</summary>
    public static void CheckImagePaths(SchemaShape shape, string column)
    {
        if (Find(shape, column) is not { } found) throw Missing(ImagePathRule(column));
        if (found.Kind != SchemaShape.Column.VectorKind.Scalar || found.IsKey || found.ItemType is not TextDataViewType)
            throw new ArgumentException($"{ImagePathRule(column)}, but it is {Describe(found)}", "inputSchema");
    }

    // The last column of that name: later columns hide earlier ones.
    private static SchemaShape.Column? Find(SchemaShape shape, string name) =>
        shape.Where(c => c.Name == name).Select(c => (SchemaShape.Column?)c).LastOrDefault();

    private static ArgumentException Missing(string rule) => new($"{rule}, but the input has no such column", "inputSchema");

    private static string Describe(SchemaShape.Column column) => column.Kind switch
    {
        SchemaShape.Column.VectorKind.Scalar => $"a scalar {(column.IsKey ? "key" : column.ItemType.ToString())}",
        SchemaShape.Column.VectorKind.Vector => $"a known-size vector of {(column.IsKey ? "keys" : column.ItemType.ToString())}",
        _ => $"a variable-length vector of {(column.IsKey ? "keys" : column.ItemType.ToString())}",
    };
}
