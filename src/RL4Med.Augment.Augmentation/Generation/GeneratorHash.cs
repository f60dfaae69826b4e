using System.Security.Cryptography;
using RL4Med.Augment.Data.Errors;

namespace RL4Med.Augment.Augmentation.Generation;

/// <summary>The identity of a generator file, recorded with every synthetic image it made.</summary>
public static class GeneratorHash
{
    /// <summary>The lower-case hex SHA-256 of the file at <paramref name="path"/>.</summary>
    public static string Of(string path)
    {
        if (!File.Exists(path)) throw new InputDataException("generator file not found", path);
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
