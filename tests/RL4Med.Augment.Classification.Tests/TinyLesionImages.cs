using RL4Med.Augment.Data.Images;
using SkiaSharp;

namespace RL4Med.Augment.Classification.Tests;

/// <summary>
/// A tiny three-class image task written as real PNG files: a reddish disc ("disc"), a dark square ("square") and a
/// bluish ring ("ring"), each at a random place and size on noisy skin. Easy for a CNN, not for chance (1/3).
/// </summary>
internal static class TinyLesionImages
{
    public const int Size = 16;
    public static readonly string[] Classes = { "disc", "ring", "square" };

    /// <summary>Writes <paramref name="perClass"/> images of each class (counts override per class) into <paramref name="folder"/>.</summary>
    public static List<ImageRow> Write(string folder, int seed, int perClass, IReadOnlyDictionary<string, int>? counts = null)
    {
        var random = new Random(seed);
        var rows = new List<ImageRow>();
        foreach (string label in Classes)
        {
            int count = counts?.GetValueOrDefault(label, perClass) ?? perClass;
            for (int i = 0; i < count; i++)
            {
                string path = Path.Combine(folder, $"{label}_{seed}_{i}.png");
                using var bitmap = Draw(label, random);
                File.WriteAllBytes(path, SquareImagePreprocessor.EncodePng(bitmap));
                rows.Add(new ImageRow { ImagePath = path, Label = label });
            }
        }
        return rows;
    }

    private static SKBitmap Draw(string label, Random random)
    {
        var bitmap = new SKBitmap(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        for (int y = 0; y < Size; y++)
            for (int x = 0; x < Size; x++)
            {
                int n = random.Next(-20, 21);
                bitmap.SetPixel(x, y, new SKColor((byte)(210 + n / 2), (byte)(170 + n), (byte)(150 + n)));
            }
        using var canvas = new SKCanvas(bitmap);
        float cx = 5 + (float)random.NextDouble() * 6, cy = 5 + (float)random.NextDouble() * 6, r = 3 + (float)random.NextDouble() * 2;
        using var paint = new SKPaint { IsAntialias = true };
        switch (label)
        {
            case "disc":
                paint.Color = new SKColor(170, 40, 40);
                canvas.DrawCircle(cx, cy, r, paint);
                break;
            case "ring":
                paint.Color = new SKColor(60, 60, 160);
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = 1.5f;
                canvas.DrawCircle(cx, cy, r, paint);
                break;
            default:
                paint.Color = new SKColor(70, 45, 35);
                canvas.DrawRect(cx - r, cy - r, 2 * r, 2 * r, paint);
                break;
        }
        canvas.Flush();
        return bitmap;
    }

    /// <summary>An image file and its class.</summary>
    public sealed class ImageRow
    {
        public string ImagePath { get; set; } = "";
        public string Label { get; set; } = "";
    }
}
