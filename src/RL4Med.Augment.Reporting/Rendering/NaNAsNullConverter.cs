using System.Text.Json;
using System.Text.Json.Serialization;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>
/// Writes an undefined value (NaN) as JSON <c>null</c>: JSON has no NaN, and null reads as "missing" in every
/// consumer, where the string "NaN" would not.
/// </summary>
internal sealed class NaNAsNullConverter : JsonConverter<double>
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
