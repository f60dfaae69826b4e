using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Augmentation.Planning;

/// <summary>
/// The per-image random choices of a plan, each a pure function of (master seed, subgroup key text, ordinal within the
/// subgroup). They never depend on batching, sharding, the order of the input rows or other subgroups' quotas, so any
/// machine recomputes the same seed for the same image.
/// </summary>
public static class ImageSeeds
{
    /// <summary>The seed of the image's starting noise and of every step's noise: 63 bits, non-negative.</summary>
    public static long Noise(int masterSeed, SubgroupKey key, int ordinal) => (long)(Hash(masterSeed, "noise", key, ordinal) >> 1);

    /// <summary>Which of <paramref name="count"/> donor rows lends the image the prompt values its key does not fix.</summary>
    public static int Donor(int masterSeed, SubgroupKey key, int ordinal, int count) =>
        (int)(Hash(masterSeed, "donor", key, ordinal) % (ulong)count);

    // SHA-256 rather than string.GetHashCode: the same in every process, on every machine and .NET version.
    private static ulong Hash(int masterSeed, string stream, SubgroupKey key, int ordinal) =>
        BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{masterSeed}\n{stream}\n{key.Text}\n{ordinal}")));
}
