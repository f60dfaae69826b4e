using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>Skin tones and colour arithmetic of the demo renderer.</summary>
internal static class DemoPalette
{
    // Fitzpatrick I..VI as they look under a polarised dermoscope: warm, slightly pink.
    private static readonly SKColor[] SkinTones =
    [
        new(240, 204, 190),
        new(230, 184, 160),
        new(208, 156, 122),
        new(170, 116, 82),
        new(124, 84, 58),
        new(84, 57, 42),
    ];

    // Pigment on dark skin is darker brown to black; scaling keeps lesions darker than their skin.
    private static readonly float[] PigmentScales = [1.0f, 1.0f, 0.92f, 0.72f, 0.52f, 0.38f];

    /// <summary>Base skin colour of a Fitzpatrick type (1..6).</summary>
    public static SKColor Skin(int skinType) => SkinTones[skinType - 1];

    /// <summary>Factor on lesion colours for a Fitzpatrick type (1..6).</summary>
    public static float PigmentScale(int skinType) => PigmentScales[skinType - 1];

    /// <summary>Multiplies the colour channels, keeping alpha.</summary>
    public static SKColor Scale(SKColor colour, float factor) => new(
        ToByte(colour.Red * factor), ToByte(colour.Green * factor), ToByte(colour.Blue * factor), colour.Alpha);

    /// <summary>Linear blend from <paramref name="from"/> (t = 0) to <paramref name="to"/> (t = 1).</summary>
    public static SKColor Mix(SKColor from, SKColor to, float t) => new(
        ToByte(from.Red + (to.Red - from.Red) * t),
        ToByte(from.Green + (to.Green - from.Green) * t),
        ToByte(from.Blue + (to.Blue - from.Blue) * t),
        ToByte(from.Alpha + (to.Alpha - from.Alpha) * t));

    /// <summary>The colour with alpha set from an opacity in [0, 1].</summary>
    public static SKColor WithOpacity(SKColor colour, float opacity) => colour.WithAlpha(ToByte(255f * opacity));

    /// <summary>
    /// The colour made lighter or darker by up to <paramref name="amount"/> levels, with a little per-channel
    /// noise: no two lesions share a shade, yet brown stays brown (independent channel noise turns it olive).
    /// </summary>
    public static SKColor Jitter(Random rng, SKColor colour, int amount)
    {
        var shift = rng.Next(-amount, amount + 1);
        var tint = Math.Max(1, amount / 4);
        return new SKColor(
            ToByte(colour.Red + shift + rng.Next(-tint, tint + 1)),
            ToByte(colour.Green + shift + rng.Next(-tint, tint + 1)),
            ToByte(colour.Blue + shift + rng.Next(-tint, tint + 1)),
            colour.Alpha);
    }

    private static byte ToByte(float value) => (byte)Math.Clamp(MathF.Round(value), 0f, 255f);
}
