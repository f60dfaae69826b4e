using System.Text.Json;
using System.Text.Json.Serialization;

namespace RL4Med.Augment.Diffusion.Checkpoints;

/// <summary>
/// The generator file layout: a magic string, a format version, the JSON <see cref="CheckpointHeader"/>, then
/// TorchSharp binary sections (state dicts, optimizer state) in the order the kind prescribes.
/// </summary>
internal static class CheckpointFile
{
    private const string Magic = "RL4Med.Augment.Diffusion";
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Writes the file through a temporary sibling that is flushed to disk and then renamed over <paramref name="path"/>,
    /// so that a crash mid-write never leaves a truncated file where a good one was.
    /// </summary>
    public static void WriteAtomically(string path, CheckpointHeader header, Action<BinaryWriter> writeSections)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new BinaryWriter(stream))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(JsonSerializer.Serialize(header, Json));
                writeSections(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // no-op after a successful move
        }
    }

    /// <summary>Opens <paramref name="path"/> and reads its header; the reader is left at the first section.</summary>
    public static (CheckpointHeader Header, BinaryReader Sections) Open(string path)
    {
        var reader = new BinaryReader(File.OpenRead(path));
        try
        {
            if (!HasMagic(reader))
                throw new InvalidDataException($"{path} is not an RL4Med.Augment.Diffusion generator file.");
            var version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new InvalidDataException($"{path} has format version {version}; this build reads version {FormatVersion}.");
            var header = JsonSerializer.Deserialize<CheckpointHeader>(reader.ReadString(), Json)
                ?? throw new InvalidDataException($"{path} has an empty header.");
            return (header, reader);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private static bool HasMagic(BinaryReader reader)
    {
        try
        {
            return reader.ReadString() == Magic;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
