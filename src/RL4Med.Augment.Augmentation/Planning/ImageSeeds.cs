using RL4Med.Augment.Data.Randomness;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Augmentation.Planning;

/// <summary>
/// The per-image random choices of a plan, each a pure function of (master seed, subgroup key text, ordinal within the
/// subgroup), through <see cref="DerivedSeed"/>. They never depend on batching, sharding, the order of the input rows or other subgroups' quotas, so any
/// machine recomputes the same seed for the same image.
/// </summary>
public static class ImageSeeds
{
    /// <summary>The seed of the image's starting noise and of every step's noise: 63 bits, non-negative.</summary>
    public static long Noise(int masterSeed, SubgroupKey key, int ordinal) =>
        DerivedSeed.Of(masterSeed, SeedStream.AugmentNoise, DerivedSeed.Name(key.Text), ordinal);

    /// <summary>Which of <paramref name="count"/> donor rows lends the image the prompt values its key does not fix.</summary>
    public static int Donor(int masterSeed, SubgroupKey key, int ordinal, int count) =>
        (int)(DerivedSeed.Of(masterSeed, SeedStream.AugmentDonor, DerivedSeed.Name(key.Text), ordinal) % count);
}
