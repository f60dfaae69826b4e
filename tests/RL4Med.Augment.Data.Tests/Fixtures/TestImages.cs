using SkiaSharp;

namespace RL4Med.Augment.Data.Tests.Fixtures;

/// <summary>Real image files for tests, written with SkiaSharp.</summary>
public static class TestImages
{
    public static void WriteJpeg(string path, int width, int height, SKColor color) => Write(path, width, height, color, SKEncodedImageFormat.Jpeg);

    public static void WritePng(string path, int width, int height, SKColor color) => Write(path, width, height, color, SKEncodedImageFormat.Png);

    private static void Write(string path, int width, int height, SKColor color, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        bitmap.Erase(color);
        // A second colour in the left half, so crops and resizes have something to get right.
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black })
            canvas.DrawRect(0, 0, width / 2f, height, paint);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, data.ToArray());
    }

    /// <summary>A valid PNG signature and IHDR chunk claiming <paramref name="side"/> x <paramref name="side"/> pixels, and no image data.</summary>
    public static void WritePngHeaderOnly(string path, int side)
    {
        var ihdr = new List<byte>();
        ihdr.AddRange(BigEndian(side));
        ihdr.AddRange(BigEndian(side));
        ihdr.AddRange(new byte[] { 8, 6, 0, 0, 0 }); // 8-bit RGBA, no interlace
        var chunk = new List<byte>(System.Text.Encoding.ASCII.GetBytes("IHDR"));
        chunk.AddRange(ihdr);
        var bytes = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        bytes.AddRange(BigEndian(ihdr.Count));
        bytes.AddRange(chunk);
        bytes.AddRange(BigEndian(unchecked((int)Crc32(chunk.ToArray()))));
        File.WriteAllBytes(path, bytes.ToArray());
    }

    private static byte[] BigEndian(int value) => new[] { (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value };

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }
}
