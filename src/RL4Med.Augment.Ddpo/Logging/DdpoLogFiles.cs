using System.Globalization;
using System.Text;
using System.Text.Json;
using RL4Med.Augment.Data.IO;

namespace RL4Med.Augment.Ddpo.Logging;

/// <summary>
/// The per-epoch logs of a DDPO run: <c>ddpo_log.csv</c> (one row per epoch, for plotting) and <c>ddpo_log.json</c>
/// (every field, per-prompt rewards included). Both are rewritten whole after every epoch, atomically, from the
/// history kept in the checkpoint, so a resumed run's logs continue where its checkpoint was.
/// </summary>
public static class DdpoLogFiles
{
    /// <summary>File name of the CSV log.</summary>
    public const string CsvFileName = "ddpo_log.csv";

    /// <summary>File name of the JSON log.</summary>
    public const string JsonFileName = "ddpo_log.json";

    /// <summary>The CSV columns.</summary>
    public const string CsvHeader = "epoch,reward_mean,reward_std,approx_kl,clip_fraction,loss,nonfinite_retries,seconds";

    /// <summary>Writes both logs of <paramref name="history"/> into <paramref name="directory"/>.</summary>
    public static void Write(string directory, IReadOnlyList<DdpoEpochLog> history)
    {
        var csv = new StringBuilder(CsvHeader).Append('\n');
        foreach (var epoch in history)
        {
            csv.AppendJoin(',', new[] { epoch.Epoch, epoch.RewardMean, epoch.RewardStd, epoch.ApproximateKl, epoch.ClipFraction, epoch.Loss, epoch.NonFiniteRetries, epoch.Seconds }
                .Select(value => value.ToString("G9", CultureInfo.InvariantCulture)));
            csv.Append('\n');
        }
        AtomicFile.WriteAllText(Path.Combine(directory, CsvFileName), csv.ToString());
        AtomicFile.WriteAllText(Path.Combine(directory, JsonFileName), JsonSerializer.Serialize(history, JsonFormats.Readable));
    }

    /// <summary>The epochs logged in <paramref name="directory"/>'s JSON log, or none when there is no log.</summary>
    public static IReadOnlyList<DdpoEpochLog> Read(string directory)
    {
        var path = Path.Combine(directory, JsonFileName);
        if (!File.Exists(path)) return Array.Empty<DdpoEpochLog>();
        try
        {
            return JsonSerializer.Deserialize<List<DdpoEpochLog>>(File.ReadAllText(path), JsonFormats.Readable) ?? new List<DdpoEpochLog>();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a DDPO log: {e.Message}", e);
        }
    }
}
