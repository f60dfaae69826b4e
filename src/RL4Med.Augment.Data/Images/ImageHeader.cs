using System.Buffers.Binary;

namespace RL4Med.Augment.Data.Images;

/// <summary>
/// Reads the pixel dimensions a PNG or JPEG file claims, from its header alone, so that limits are checked
/// before any decoder sees the file (even one that stops after the header).
/// </summary>
public static class ImageHeader
{
    private static readonly byte[] PngSignature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

    /// <summary>The claimed width and height, or <c>null</c> when the header is not PNG or JPEG or is cut short.</summary>
    public static (long Width, long Height)? ReadDimensions(Stream stream)
    {
        Span<byte> head = stackalloc byte[24];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read >= 24 && head[..8].SequenceEqual(PngSignature) && head[12..16].SequenceEqual("IHDR"u8))
            return (BinaryPrimitives.ReadUInt32BigEndian(head[16..]), BinaryPrimitives.ReadUInt32BigEndian(head[20..]));
        if (read >= 2 && head[0] == 0xFF && head[1] == 0xD8)
        {
            var result = ReadJpegFrameSize(stream);
            stream.Position = 0;
            return result;
        }
        return null;
    }

    /// <summary>Walks JPEG marker segments up to the first start-of-frame (SOF0..SOF15 except DHT, JPG, DAC).</summary>
    private static (long, long)? ReadJpegFrameSize(Stream stream)
    {
        stream.Position = 2;
        Span<byte> segment = stackalloc byte[9];
        while (stream.ReadAtLeast(segment[..4], 4, throwOnEndOfStream: false) == 4)
        {
            if (segment[0] != 0xFF) return null;
            byte marker = segment[1];
            int length = BinaryPrimitives.ReadUInt16BigEndian(segment[2..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (stream.ReadAtLeast(segment[..5], 5, throwOnEndOfStream: false) < 5) return null;
                return (BinaryPrimitives.ReadUInt16BigEndian(segment[3..]), BinaryPrimitives.ReadUInt16BigEndian(segment[1..]));
            }
            if (length < 2) return null;
            stream.Seek(length - 2, SeekOrigin.Current);
        }
        return null;
    }
}
