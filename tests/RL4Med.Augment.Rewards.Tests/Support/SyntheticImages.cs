using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Images;

namespace RL4Med.Augment.Rewards.Tests.Support;

/// <summary>
/// Separable 16 px images for <see cref="TestConfig.ImageHeads"/>: the background colour encodes the diagnosis (one
/// bright channel per class), a dark line across the image is 'hair', a white 3x3 square is 'ink'; plus noise.
/// </summary>
internal static class SyntheticImages
{
    public const int Size = 16;

    /// <summary>Pixels (CHW in [-1, 1]) of one image.</summary>
    public static float[] Draw(int diagnosis, bool hair, bool ink, Random random)
    {
        int plane = Size * Size;
        var chw = new float[3 * plane];
        for (int c = 0; c < 3; c++)
            for (int p = 0; p < plane; p++)
                chw[c * plane + p] = (c == diagnosis ? 0.5f : -0.3f) + 0.15f * (float)(random.NextDouble() - 0.5);
        if (hair)
        {
            bool horizontal = random.Next(2) == 0;
            int line = random.Next(2, Size - 2);
            for (int c = 0; c < 3; c++)
                for (int t = 0; t < Size; t++)
                    chw[c * plane + (horizontal ? line * Size + t : t * Size + line)] = -1f;
        }
        if (ink)
        {
            int x = random.Next(0, Size - 3), y = random.Next(0, Size - 3);
            for (int c = 0; c < 3; c++)
                for (int dy = 0; dy < 3; dy++)
                    for (int dx = 0; dx < 3; dx++)
                        chw[c * plane + (y + dy) * Size + x + dx] = 1f;
        }
        return chw;
    }

    /// <summary><paramref name="count"/> random images labelled for <paramref name="heads"/> (diagnosis, hair, ink).</summary>
    public static LabelledImages Create(AttributeHeads heads, int count, int seed)
    {
        var random = new Random(seed);
        var pixels = new List<float>();
        var labels = new List<int[]>();
        for (int i = 0; i < count; i++)
        {
            int diagnosis = i % 3;
            bool hair = random.Next(2) == 1, ink = random.Next(3) == 0;
            pixels.AddRange(Draw(diagnosis, hair, ink, random));
            labels.Add(new[] { diagnosis, hair ? 1 : 0, ink ? 1 : 0 });
        }
        return new LabelledImages(heads, pixels.ToArray(), 3, Size, labels);
    }
}
