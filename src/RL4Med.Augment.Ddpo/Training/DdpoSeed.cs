using RL4Med.Augment.Data.Randomness;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>
/// DDPO's seeds: (run seed, stream, epoch, index) through <see cref="DerivedSeed"/>, so that every epoch's randomness
/// can be recreated from its number alone: resuming needs no saved random-generator state.
/// </summary>
internal static class DdpoSeed
{
    /// <summary>A 63-bit non-negative seed for torch generators.</summary>
    public static long Derive(long seed, SeedStream stream, long epoch, long index = 0) => DerivedSeed.Of(seed, stream, epoch, index);

    /// <summary>A non-negative seed for <see cref="Random"/>.</summary>
    public static int DeriveInt(long seed, SeedStream stream, long epoch, long index = 0) => DerivedSeed.ForRandom(seed, stream, epoch, index);
}
