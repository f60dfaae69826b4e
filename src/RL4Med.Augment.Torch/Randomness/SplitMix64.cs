namespace RL4Med.Augment.Torch.Randomness;

/// <summary>
/// The SplitMix64 finaliser: turns structured inputs (seed, stream, step) into well-mixed 64-bit values, so that
/// training loops can derive every random draw from numbers alone and resume without saved generator state.
/// </summary>
public static class SplitMix64
{
    /// <summary>The golden-ratio increment SplitMix64 adds before mixing.</summary>
    public const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>One mixing round of <paramref name="z"/>.</summary>
    public static ulong Mix(ulong z)
    {
        z += Golden;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
