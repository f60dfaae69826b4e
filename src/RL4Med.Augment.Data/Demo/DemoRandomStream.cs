using RL4Med.Augment.Data.Randomness;

namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// Independent random streams of one render. Each part of the picture draws from its own stream, so
/// switching one artifact on or off does not move anything else.
/// </summary>
internal enum DemoRandomStream
{
    LesionShape = 1,
    SkinTexture = 2,
    ViewGeometry = 3,
    Hair = 4,
    Ruler = 5,
    GelBubble = 6,
    Ink = 7,
}

/// <summary>Derives the seeded <see cref="Random"/> of one stream.</summary>
internal static class DemoRandomStreams
{
    /// <summary>A generator fixed by (seed, secondSeed, stream) (<see cref="DerivedSeed"/>).</summary>
    public static Random Create(int seed, int secondSeed, DemoRandomStream stream) =>
        DerivedSeed.Random(seed, SeedStream.DemoRender, secondSeed, (long)stream);
}
