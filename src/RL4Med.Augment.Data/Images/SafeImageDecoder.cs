using RL4Med.Augment.Data.Errors;
using SkiaSharp;

namespace RL4Med.Augment.Data.Images;

/// <summary>Decodes JPEG and PNG files with SkiaSharp after checking <see cref="ImageLimits"/>; truncated or corrupt files are errors.</summary>
public static class SafeImageDecoder
{
    /// <summary>Decodes <paramref name="path"/> to RGBA8888. Errors name the file and <paramref name="row"/> (the data row that referenced it).</summary>
    public static SKBitmap Decode(string path, ImageLimits limits, int? row = null)
    {
        var file = new FileInfo(path);
        if (!file.Exists) throw new InputDataException("image file not found", path, row);
        if (file.Length == 0) throw new InputDataException("image file is empty", path, row);
        if (file.Length > limits.MaxFileBytes)
            throw new InputDataException($"image file is {file.Length:N0} bytes, over the limit of {limits.MaxFileBytes:N0}", path, row);

        using var stream = File.OpenRead(path);
        if (ImageHeader.ReadDimensions(stream) is var (claimedWidth, claimedHeight))
            CheckDimensions(claimedWidth, claimedHeight, limits, path, row);
        using var codec = SKCodec.Create(stream, out SKCodecResult createResult) ?? throw new InputDataException(
            createResult == SKCodecResult.IncompleteInput
                ? "corrupt image: the file is truncated"
                : $"not a readable JPEG or PNG image ({createResult})", path, row);
        var info = codec.Info;
        CheckDimensions(info.Width, info.Height, limits, path, row);

        var target = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(target);
        SKCodecResult result = codec.GetPixels(target, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            string why = result == SKCodecResult.IncompleteInput ? "the file is truncated" : $"decoding failed ({result})";
            throw new InputDataException($"corrupt image: {why}", path, row);
        }
        return bitmap;
    }

    private static void CheckDimensions(long width, long height, ImageLimits limits, string path, int? row)
    {
        if (width <= 0 || height <= 0 || width > limits.MaxSide || height > limits.MaxSide || width * height > limits.MaxPixels)
            throw new InputDataException(
                $"image claims {width}x{height} pixels, over the limit of {limits.MaxSide} a side and {limits.MaxPixels:N0} in all",
                path, row);
    }
}
