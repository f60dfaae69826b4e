using SkiaSharp;

namespace RL4Med.Augment.Data.Images;

/// <summary>Pixel layout shared by the models: channel-first RGB floats scaled to [-1, 1].</summary>
public static class ImagePixels
{
    /// <summary>
    /// (byte - 127.5) * (1 / 127.5): the exact arithmetic of ML.NET's ExtractPixels with offset 127.5 and that scale,
    /// so pixels read through ML.NET's image transforms equal these to the bit.
    /// </summary>
    public const float Scale = 1f / 127.5f;

    /// <summary>RGB of <paramref name="bitmap"/> as CHW floats in [-1, 1] (alpha dropped; images are opaque).</summary>
    public static float[] ToChw(SKBitmap bitmap)
    {
        using var rgba = bitmap.ColorType == SKColorType.Rgba8888 ? null : bitmap.Copy(SKColorType.Rgba8888);
        var source = rgba ?? bitmap;
        int plane = source.Width * source.Height;
        ReadOnlySpan<byte> bytes = source.GetPixelSpan();
        var chw = new float[3 * plane];
        for (int p = 0; p < plane; p++)
            for (int c = 0; c < 3; c++)
                chw[c * plane + p] = (bytes[4 * p + c] - 127.5f) * Scale;
        return chw;
    }

    /// <summary>Decodes a stored image file (already preprocessed) into CHW floats in [-1, 1].</summary>
    public static float[] LoadChw(string path, ImageLimits limits)
    {
        using var bitmap = SafeImageDecoder.Decode(path, limits);
        return ToChw(bitmap);
    }

    /// <summary>The inverse of <see cref="ToChw"/>: a <paramref name="size"/>-square bitmap from CHW floats in [-1, 1] (clamped).</summary>
    public static SKBitmap FromChw(ReadOnlySpan<float> chw, int size)
    {
        var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        int plane = size * size;
        var bytes = new byte[4 * plane];
        for (int p = 0; p < plane; p++)
        {
            for (int c = 0; c < 3; c++)
                bytes[4 * p + c] = (byte)Math.Clamp(MathF.Round((chw[c * plane + p] + 1f) * 127.5f), 0f, 255f);
            bytes[4 * p + 3] = 255;
        }
        System.Runtime.InteropServices.Marshal.Copy(bytes, 0, bitmap.GetPixels(), bytes.Length);
        return bitmap;
    }
}
