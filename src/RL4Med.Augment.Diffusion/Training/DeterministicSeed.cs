using RL4Med.Augment.Torch.Randomness;

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
        var x = SplitMix64.Mix((ulong)seed) ^ SplitMix64.Mix((ulong)stream * 0x9E3779B97F4A7C15UL) ^ SplitMix64.Mix((ulong)index + 0x632BE59BD9B4E019UL);
        return (long)(SplitMix64.Mix(x) >> 1);
    }

    /// <summary>A non-negative seed for <see cref="Random"/> (whose seeded algorithm is stable across .NET versions).</summary>
    public static int DeriveInt(long seed, RandomStream stream, long index) => (int)(Derive(seed, stream, index) & int.MaxValue);
}
