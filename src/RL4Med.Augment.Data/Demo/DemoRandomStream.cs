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
    /// <summary>A generator fixed by (seed, secondSeed, stream); platform independent, unlike <see cref="HashCode"/>.</summary>
    public static Random Create(int seed, int secondSeed, DemoRandomStream stream)
    {
        var state = SplitMix((ulong)(uint)seed);
        state = SplitMix(state ^ (uint)secondSeed);
        state = SplitMix(state ^ (ulong)stream);
        return new Random((int)(state & int.MaxValue));
    }

    private static ulong SplitMix(ulong value)
    {
        unchecked
        {
            value += 0x9E3779B97F4A7C15UL;
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }
}
