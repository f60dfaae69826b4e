namespace RL4Med.Augment.Diffusion.Training;

/// <summary>The independent random streams of training, each a pure function of (seed, index).</summary>
internal enum RandomStream
{
    DataOrder = 1,
    Augmentation = 2,
    Noise = 3,
    Dropout = 4,
}

/// <summary>
/// Derives well-mixed seeds from (run seed, stream, index) with SplitMix64, so that each step's randomness can be
/// recreated from the step number alone: resuming needs no saved random-generator state.
/// </summary>
internal static class DeterministicSeed
{
    /// <summary>A 63-bit non-negative seed for torch generators.</summary>
    public static long Derive(long seed, RandomStream stream, long index)
    {
        var x = Mix((ulong)seed) ^ Mix((ulong)stream * 0x9E3779B97F4A7C15UL) ^ Mix((ulong)index + 0x632BE59BD9B4E019UL);
        return (long)(Mix(x) >> 1);
    }

    /// <summary>A non-negative seed for <see cref="Random"/> (whose seeded algorithm is stable across .NET versions).</summary>
    public static int DeriveInt(long seed, RandomStream stream, long index) => (int)(Derive(seed, stream, index) & int.MaxValue);

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
