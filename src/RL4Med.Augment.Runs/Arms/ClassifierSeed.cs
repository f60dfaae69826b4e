using RL4Med.Augment.Data.Randomness;
using RL4Med.Augment.Runs.Configuration;

namespace RL4Med.Augment.Runs.Arms;

/// <summary>
/// The seeds of one repetition of the classifier arms. Seed 0 is the run as configured (the run seed for ML.NET and
/// the oversampling draw, <c>classifier.cnn.seed</c> for the CNN), so a single-seed run is unchanged; seed k ≥ 1 takes
/// one seed derived from the run seed and k (<see cref="SeedStream.ClassifierRepeat"/>) for all three.
/// </summary>
/// <param name="Index">k: 0 for the configured seeds.</param>
/// <param name="RunSeed">ML.NET's seed and the root of the oversampling draw.</param>
/// <param name="CnnSeed">The CNN's initial weights, data order, flips and dropout.</param>
public sealed record ClassifierSeed(int Index, int RunSeed, int CnnSeed)
{
    /// <summary>Seed <paramref name="index"/> of <paramref name="config"/>.</summary>
    public static ClassifierSeed Of(RunConfig config, int index)
    {
        if (index == 0) return new ClassifierSeed(0, config.Seed, config.Classifier.Cnn.Seed);
        int derived = DerivedSeed.ForRandom(config.Seed, SeedStream.ClassifierRepeat, index);
        return new ClassifierSeed(index, derived, derived);
    }

    /// <summary>Seeds 0 to <paramref name="count"/> − 1.</summary>
    public static IReadOnlyList<ClassifierSeed> First(RunConfig config, int count) =>
        Enumerable.Range(0, count).Select(index => Of(config, index)).ToList();
}
