using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RL4Med.Augment.Data.IO;

/// <summary>The JSON settings of the tool, one per purpose.</summary>
public static class JsonFormats
{
    /// <summary>
    /// Files people read or write: run configurations (strict: an unknown field is an error; comments and trailing
    /// commas allowed), and what the stages write for people and for themselves (markers, summaries, model cards,
    /// logs). camelCase, indented, enums as camelCase strings.
    /// </summary>
    public static readonly JsonSerializerOptions Readable = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The JSON header inside the tool's binary files (<see cref="HeaderedFile"/>): compact, enums as names.</summary>
    public static readonly JsonSerializerOptions BinaryHeader = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// A report's numbers: camelCase, indented, metric keys (recall[mel], diagnosis=mel) not \u-escaped, and an
    /// undefined value (NaN) as <c>null</c>, which every consumer reads as missing.
    /// </summary>
    public static readonly JsonSerializerOptions Report = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new NaNAsNullConverter() },
    };

    private sealed class NaNAsNullConverter : JsonConverter<double>
    {
        public override bool HandleNull => true;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value)) writer.WriteNumberValue(value);
            else writer.WriteNullValue();
        }
    }
}
