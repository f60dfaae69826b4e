using System.Text.Json;
using System.Text.Json.Serialization;

namespace RL4Med.Augment.TestSupport;

/// <summary>
/// Values computed offline by implementations independent of the project's code (diffusers' and ddpo-pytorch's DDIM
/// formulas in numpy, scikit-learn, SciPy): tests/Shared/Reference/make_reference_values.py writes them to
/// reference_values.json beside it, which every test project gets in its output folder. Tests read the file, never Python.
/// </summary>
public static class ReferenceValues
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, // NaN where a metric is undefined
    };

    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "reference_values.json"))));

    /// <summary>The section <paramref name="name"/> (e.g. "ddim"), its snake_case keys read into <typeparamref name="T"/>'s properties.</summary>
    public static T Section<T>(string name) =>
        Document.Value.RootElement.GetProperty(name).Deserialize<T>(Json) ?? throw new InvalidDataException($"reference section '{name}' is empty");
}
