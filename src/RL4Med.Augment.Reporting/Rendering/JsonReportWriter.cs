using RL4Med.Augment.Data.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>Every number of the report as indented JSON; undefined values are <c>null</c>, image pixels are left out.</summary>
internal static class JsonReportWriter
{
    public static string Write(ReportResults results) => JsonSerializer.Serialize(results, JsonFormats.Report);
}
