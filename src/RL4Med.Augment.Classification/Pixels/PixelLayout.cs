namespace RL4Med.Augment.Classification.Pixels;

/// <summary>
/// The pixel vector every classifier reads: channel-first R, G, B planes of a square image, each byte mapped to
/// (byte - 127.5) / 127.5 in [-1, 1] — the layout of <c>RL4Med.Augment.Data.Images.ImagePixels</c>.
/// </summary>
public static class PixelLayout
{
    /// <summary>Subtracted from each colour byte (ML.NET's <c>offsetImage</c>).</summary>
    public const float Offset = 127.5f;

    /// <summary>Multiplies each offset colour byte (ML.NET's <c>scaleImage</c>).</summary>
    public const float Scale = RL4Med.Augment.Data.Images.ImagePixels.Scale;

    /// <summary>Colour planes (RGB).</summary>
    public const int Channels = 3;

    /// <summary>Length of the pixel vector of a <paramref name="imageSize"/>-square image: 3*S*S.</summary>
    public static int VectorLength(int imageSize) => Channels * imageSize * imageSize;
}
