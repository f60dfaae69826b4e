namespace RL4Med.Augment.Data.Randomness;

/// <summary>
/// The project's one way to seed a random draw: a pure function of the run seed, a <see cref="SeedStream"/> and a
/// path of parts (an epoch, a step, an image ordinal, or a name such as a stratum or subgroup key through
/// <see cref="Name"/>). The seed and then each part in turn are mixed into the state with the SplitMix64 finaliser.
/// The same path gives the same seed in every process and on every machine, and different paths independent ones,
/// so training resumes, shards and reruns recompute every draw without saved generator state, and switching one
/// part of a computation on or off moves no other part's draws.
/// </summary>
public static class DerivedSeed
{
    /// <summary>A non-negative 63-bit seed (torch generators) of <paramref name="stream"/> and <paramref name="parts"/> under <paramref name="seed"/>.</summary>
    public static long Of(long seed, SeedStream stream, params ReadOnlySpan<long> parts) => (long)(Mixed(seed, stream, parts) >> 1);

    /// <summary>A non-negative seed for <see cref="Random"/> (whose seeded algorithm is stable across .NET versions).</summary>
    public static int ForRandom(long seed, SeedStream stream, params ReadOnlySpan<long> parts) => (int)(Mixed(seed, stream, parts) & int.MaxValue);

    /// <summary>A <see cref="System.Random"/> seeded by <see cref="ForRandom"/>.</summary>
    public static Random Random(long seed, SeedStream stream, params ReadOnlySpan<long> parts) => new(ForRandom(seed, stream, parts));

    /// <summary>A path part for a name (<see cref="StableHash"/>, never <see cref="string.GetHashCode()"/>, which is salted per process).</summary>
    public static long Name(string text) => (uint)StableHash.Of(text);

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong Mixed(long seed, SeedStream stream, ReadOnlySpan<long> parts)
    {
        ulong state = Mix(Mix((ulong)seed) ^ (ulong)stream);
        foreach (long part in parts) state = Mix(state ^ (ulong)part);
        return state;
    }
}
