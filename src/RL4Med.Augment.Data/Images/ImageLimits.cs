namespace RL4Med.Augment.Data.Images;

/// <summary>
/// Bounds checked before an image is decoded, so a crafted file (a PNG header claiming 100000x100000
/// pixels, a huge file) is refused instead of exhausting memory.
/// </summary>
public sealed record ImageLimits(long MaxFileBytes, int MaxSide, long MaxPixels)
{
    /// <summary>50 MB, 10,000 px a side, 40 megapixels: far above any dermoscopy photo.</summary>
    public static readonly ImageLimits Default = new(50L * 1024 * 1024, 10_000, 40_000_000);
}
