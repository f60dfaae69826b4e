using RL4Med.Augment.Data.Randomness;

namespace RL4Med.Augment.Diffusion.Training;

/// <summary>
/// Pretraining's seeds: (run seed, stream, index) through <see cref="DerivedSeed"/>, so that each step's randomness
/// can be recreated from the step number alone: resuming needs no saved random-generator state.
/// </summary>
internal static class DeterministicSeed
{
    /// <summary>A 63-bit non-negative seed for torch generators.</summary>
    public static long Derive(long seed, SeedStream stream, long index) => DerivedSeed.Of(seed, stream, index);

    /// <summary>A non-negative seed for <see cref="Random"/>.</summary>
    public static int DeriveInt(long seed, SeedStream stream, long index) => DerivedSeed.ForRandom(seed, stream, index);
}
