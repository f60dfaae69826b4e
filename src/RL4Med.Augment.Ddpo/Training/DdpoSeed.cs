using RL4Med.Augment.Torch.Randomness;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>The independent random streams of DDPO, each a pure function of (seed, epoch, index).</summary>
internal enum DdpoRandomStream
{
    LoraInitialisation = 1,
    PromptDraw = 2,
    SamplingNoise = 3,
    TrainingOrder = 4,
    SampleGrid = 5,
}

/// <summary>
/// Derives well-mixed seeds from (run seed, stream, epoch, index) with SplitMix64, so that every epoch's randomness
/// can be recreated from its number alone: resuming needs no saved random-generator state.
/// </summary>
internal static class DdpoSeed
{
    /// <summary>A 63-bit non-negative seed for torch generators.</summary>
    public static long Derive(long seed, DdpoRandomStream stream, long epoch, long index = 0)
    {
        var x = SplitMix64.Mix((ulong)seed);
        x = SplitMix64.Mix(x ^ (ulong)stream * 0x9E3779B97F4A7C15UL);
        x = SplitMix64.Mix(x ^ (ulong)epoch * 0xBF58476D1CE4E5B9UL);
        x = SplitMix64.Mix(x ^ (ulong)index * 0x94D049BB133111EBUL);
        return (long)(x >> 1);
    }

    /// <summary>A non-negative seed for <see cref="Random"/> (whose seeded algorithm is stable across .NET versions).</summary>
    public static int DeriveInt(long seed, DdpoRandomStream stream, long epoch, long index = 0) =>
        (int)(Derive(seed, stream, epoch, index) & int.MaxValue);
}
