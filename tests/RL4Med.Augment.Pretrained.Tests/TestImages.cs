using RL4Med.Augment.Pretrained.ResNet18;

namespace RL4Med.Augment.Pretrained.Tests;

/// <summary>Deterministic small images: a lesion-like dark disc on a skin-toned gradient.</summary>
internal static class TestImages
{
    public static float[] Chw(int size, float discDarkness = 0.6f)
    {
        int plane = size * size;
        var chw = new float[3 * plane];
        float[] skin = { 0.7f, 0.35f, 0.2f };
        for (int y = 0; y < size; y++)
            for (int x = 0; x < size; x++)
            {
                float dx = (x - size / 2f) / size, dy = (y - size / 2f) / size;
                bool inside = dx * dx + dy * dy < 0.08f;
                for (int c = 0; c < 3; c++)
                    chw[c * plane + y * size + x] = Math.Clamp(skin[c] - 0.3f * y / size - (inside ? discDarkness : 0f), -1f, 1f);
            }
        return chw;
    }

    public static RgbaImage Image(int size, float discDarkness = 0.6f) => RgbaImage.FromChw(Chw(size, discDarkness), size);
}
