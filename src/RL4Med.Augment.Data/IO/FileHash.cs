using System.Security.Cryptography;
using RL4Med.Augment.Data.Errors;

namespace RL4Med.Augment.Data.IO;

/// <summary>The identity of a file's contents: of a generator in provenance, of a stage's inputs in its done marker.</summary>
public static class FileHash
{
    /// <summary>The lower-case hex SHA-256 of the file at <paramref name="path"/>.</summary>
    public static string Of(string path)
    {
        if (!File.Exists(path)) throw new InputDataException("file not found", path);
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
