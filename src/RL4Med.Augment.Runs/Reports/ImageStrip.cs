using RL4Med.Augment.Data.Images;
using SkiaSharp;

namespace RL4Med.Augment.Runs.Reports;

/// <summary>A row of small images, upscaled without smoothing so that a reader sees the pixels the models saw.</summary>
public static class ImageStrip
{
    /// <summary>PNG bytes of <paramref name="files"/> side by side, each <paramref name="cell"/> pixels square.</summary>
    public static byte[] Compose(IReadOnlyList<string> files, int cell = 96, int gap = 4)
    {
        int width = Math.Max(1, files.Count * (cell + gap) - gap);
        using var strip = new SKBitmap(new SKImageInfo(width, cell, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(strip))
        using (var paint = new SKPaint())
        {
            canvas.Clear(SKColors.White);
            for (int i = 0; i < files.Count; i++)
            {
                using var image = SafeImageDecoder.Decode(files[i], ImageLimits.Default);
                canvas.DrawBitmap(image, SKRect.Create(i * (cell + gap), 0, cell, cell), paint);
            }
        }
        return SquareImagePreprocessor.EncodePng(strip);
    }
}
