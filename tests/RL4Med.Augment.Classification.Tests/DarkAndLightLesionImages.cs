using RL4Med.Augment.Data.Images;
using SkiaSharp;

namespace RL4Med.Augment.Classification.Tests;

/// <summary>
/// A two-class task written as real PNG files: a dark brown disc ("dark") or a pale one ("light"), each at a random
/// place and size on noisy skin. Trivially separable for any image features.
/// </summary>
internal static class DarkAndLightLesionImages
{
    public const int Size = 32;
    public static readonly string[] Classes = { "dark", "light" };

    /// <summary>Writes <paramref name="perClass"/> images of each class into <paramref name="folder"/>.</summary>
    public static List<TinyLesionImages.ImageRow> Write(string folder, int seed, int perClass)
    {
        var random = new Random(seed);
        var rows = new List<TinyLesionImages.ImageRow>();
        foreach (string label in Classes)
            for (int i = 0; i < perClass; i++)
            {
                string path = Path.Combine(folder, $"{label}_{seed}_{i}.png");
                using var bitmap = Draw(label == "dark" ? new SKColor(60, 35, 25) : new SKColor(240, 215, 200), random);
                File.WriteAllBytes(path, SquareImagePreprocessor.EncodePng(bitmap));
                rows.Add(new TinyLesionImages.ImageRow { ImagePath = path, Label = label });
            }
        return rows;
    }

    private static SKBitmap Draw(SKColor lesion, Random random)
    {
        var bitmap = new SKBitmap(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        for (int y = 0; y < Size; y++)
            for (int x = 0; x < Size; x++)
            {
                int n = random.Next(-20, 21);
                bitmap.SetPixel(x, y, new SKColor((byte)(200 + n / 2), (byte)(150 + n), (byte)(130 + n)));
            }
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint { IsAntialias = true, Color = lesion };
        canvas.DrawCircle(10 + (float)random.NextDouble() * 12, 10 + (float)random.NextDouble() * 12, 6 + (float)random.NextDouble() * 4, paint);
        canvas.Flush();
        return bitmap;
    }
}
