using SkiaSharp;

namespace RL4Med.Augment.Data.Images;

/// <summary>
/// The one preprocessing every model sees: centre-crop to a square, resize to the configured side.
/// prepare-data applies it once and stores the result as PNG, so the TorchSharp models and ML.NET's
/// <c>LoadImages</c> read identical pixels.
/// </summary>
public static class SquareImagePreprocessor
{
    /// <summary>
    /// Changes when the same source gives other pixels. 2: SkiaSharp 3 (Skia m119) with linear sampling from the
    /// nearest mipmap level, the explicit form of SkiaSharp 2's "high" quality for downscales; a value differs by at
    /// most 1 at 128 px and by up to about 14 at 32 px, where the mipmaps are built differently.
    /// </summary>
    public const int Version = 2;

    /// <summary>A new <paramref name="size"/> x <paramref name="size"/> RGBA8888 bitmap cut from the centre of <paramref name="source"/>.</summary>
    public static SKBitmap CenterCropResize(SKBitmap source, int size)
    {
        int side = Math.Min(source.Width, source.Height);
        var crop = SKRectI.Create((source.Width - side) / 2, (source.Height - side) / 2, side, side);
        var result = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        using var image = SKImage.FromBitmap(source);
        // Mipmapped, so large downscales (600 px -> 32 px) average instead of aliasing.
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, crop, SKRect.Create(size, size), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Nearest), paint);
        canvas.Flush();
        return result;
    }

    /// <summary>Encodes <paramref name="bitmap"/> as PNG bytes (lossless, so stored pixels equal the preprocessed ones).</summary>
    public static byte[] EncodePng(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
