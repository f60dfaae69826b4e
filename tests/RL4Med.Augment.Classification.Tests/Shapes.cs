using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace RL4Med.Augment.Classification.Tests;

/// <summary>
/// The <see cref="SchemaShape"/> of a schema. ML.NET keeps <c>SchemaShape.Create</c> internal (estimator chains call it
/// for themselves), so tests reach it by reflection.
/// </summary>
internal static class Shapes
{
    private static readonly MethodInfo Create = typeof(SchemaShape).GetMethod("Create", BindingFlags.Static | BindingFlags.NonPublic,
        new[] { typeof(DataViewSchema) }) ?? throw new MissingMethodException(nameof(SchemaShape), "Create");

    public static SchemaShape Of(DataViewSchema schema) => (SchemaShape)Create.Invoke(null, new object[] { schema })!;
}
