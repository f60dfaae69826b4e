using System.Text.Json;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.IO;

namespace RL4Med.Augment.Runs.Layout;

/// <summary>
/// A stage's "done" file: written last, after all its outputs, with the settings it ran with. A stage whose
/// marker is missing (killed) or records other settings is run again; one whose marker matches is skipped.
/// </summary>
public static class StageMarker
{
    private const string FileName = "done.json";
    private const string StartedFileName = "started.json";

    /// <summary>Records that the stage in <paramref name="folder"/> finished with <paramref name="settings"/>.</summary>
    public static void Write<T>(string folder, T settings) =>
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(settings, JsonFormats.Readable));

    /// <summary>Whether the stage in <paramref name="folder"/> finished with exactly <paramref name="settings"/>.</summary>
    public static bool Matches<T>(string folder, T settings)
    {
        string path = Path.Combine(folder, FileName);
        return File.Exists(path) && File.ReadAllText(path) == JsonSerializer.Serialize(settings, JsonFormats.Readable);
    }

    /// <summary>Records the settings a resumable stage starts from scratch with, so that a resume can check them.</summary>
    public static void WriteStarted<T>(string folder, T settings) =>
        AtomicFile.WriteAllText(Path.Combine(folder, StartedFileName), JsonSerializer.Serialize(settings, JsonFormats.Readable));

    /// <summary>
    /// Whether the checkpoint in <paramref name="folder"/> may be resumed under <paramref name="settings"/>: it was
    /// started with exactly them (or its start was not recorded).
    /// </summary>
    public static bool MayResumeWith<T>(string folder, T settings)
    {
        string path = Path.Combine(folder, StartedFileName);
        return !File.Exists(path) || File.ReadAllText(path) == JsonSerializer.Serialize(settings, JsonFormats.Readable);
    }

    /// <summary>Whether the stage in <paramref name="folder"/> finished, whatever its settings.</summary>
    public static bool IsWritten(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Forgets that the stage finished (before it is run again).</summary>
    public static void Clear(string folder)
    {
        if (Directory.Exists(folder)) File.Delete(Path.Combine(folder, FileName));
    }
}
