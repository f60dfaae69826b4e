using System.Text.Encodings.Web;
using System.Text.Json;
using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>Every number of the report as indented JSON; undefined values are <c>null</c>, image pixels are left out.</summary>
internal static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Metric and subgroup keys (recall[mel], diagnosis=mel, ...) and prose stay readable, not \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new NaNAsNullConverter() },
    };

    public static string Write(ReportResults results) => JsonSerializer.Serialize(results, Options);
}
