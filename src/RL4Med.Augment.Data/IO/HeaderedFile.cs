using System.Text;
using System.Text.Json;
namespace RL4Med.Augment.Data.IO;

/// <summary>
/// The one layout of this project's binary files (generators, checkpoints, adapters): a magic string, a format
/// version, a JSON header, then binary sections (TorchSharp state dicts, optimizer state). Written atomically
/// through <see cref="AtomicFile"/>.
/// </summary>
public static class HeaderedFile
{
    /// <summary>Writes <paramref name="header"/> and the sections to <paramref name="path"/>, completely or not at all.</summary>
    public static void Write<THeader>(string path, string magic, int version, THeader header, Action<BinaryWriter> writeSections) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(magic);
            writer.Write(version);
            writer.Write(JsonSerializer.Serialize(header, JsonFormats.BinaryHeader));
            writeSections(writer);
            writer.Flush();
        });

    /// <summary>Opens <paramref name="path"/>, checks magic and version, reads the header; the reader is left at the first section.</summary>
    public static (THeader Header, BinaryReader Sections) Open<THeader>(string path, string magic, int version)
    {
        var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        try
        {
            if (ReadMagic(reader) != magic)
                throw new InvalidDataException($"{path} is not a {magic} file.");
            var found = reader.ReadInt32();
            if (found != version)
                throw new InvalidDataException($"{path} has format version {found}; this build reads version {version}.");
            var header = JsonSerializer.Deserialize<THeader>(reader.ReadString(), JsonFormats.BinaryHeader)
                ?? throw new InvalidDataException($"{path} has an empty header.");
            return (header, reader);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private static string? ReadMagic(BinaryReader reader)
    {
        try
        {
            return reader.ReadString();
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            return null;
        }
    }
}
