namespace RL4Med.Augment.Data.Splits;

/// <summary>FNV-1a over UTF-16 code units: a string hash that, unlike <see cref="string.GetHashCode()"/>, is the same in every process.</summary>
public static class StableHash
{
    public static int Of(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 16777619;
        }
        return unchecked((int)hash);
    }

    /// <summary>
    /// A seed for <see cref="Random"/> from a run seed and a text (a stratum, a subgroup key), the same in every
    /// process; not <see cref="HashCode.Combine{T1, T2}"/>, which is salted per process.
    /// </summary>
    public static int Seed(int seed, string text) => unchecked(seed * 486187739 + Of(text));
}
