using System.Security.Cryptography;
using RL4Med.Augment.Data.Images;

namespace RL4Med.Augment.Pretrained.ResNet18;

/// <summary>
/// An opaque image as 8-bit RGBA bytes, row by row: what a stored PNG decodes to and what a generated image becomes
/// when it is saved. The backbone sees only this form, so a file and the tensor it was saved from give the same
/// features, and <see cref="ContentKey"/> names the content whatever its origin.
/// </summary>
public sealed class RgbaImage
{
    private RgbaImage(int width, int height, byte[] bytes)
    {
        Width = width;
        Height = height;
        Bytes = bytes;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>R, G, B, A per pixel, rows top to bottom.</summary>
    public byte[] Bytes { get; }

    /// <summary>Decodes a stored image file (errors name the file, as every image read does).</summary>
    public static RgbaImage FromFile(string path)
    {
        using var bitmap = SafeImageDecoder.Decode(path, ImageLimits.Default);
        return new RgbaImage(bitmap.Width, bitmap.Height, bitmap.Bytes);
    }

    /// <summary>A <paramref name="size"/>-square image from CHW floats in [-1, 1], quantised as saving it to PNG would.</summary>
    public static RgbaImage FromChw(ReadOnlySpan<float> chw, int size)
    {
        using var bitmap = ImagePixels.FromChw(chw, size);
        return new RgbaImage(size, size, bitmap.Bytes);
    }

    /// <summary>SHA-256 of the size and the bytes, as hexadecimal: equal for equal pixels.</summary>
    public string ContentKey()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(Width));
        hash.AppendData(BitConverter.GetBytes(Height));
        hash.AppendData(Bytes);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
