namespace RL4Med.Augment.Data.Randomness;

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
}
