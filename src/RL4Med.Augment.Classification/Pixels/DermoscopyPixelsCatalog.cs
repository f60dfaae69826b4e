using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Image;

namespace RL4Med.Augment.Classification.Pixels;

/// <summary>ML.NET's image transforms set up to read the pixels the TorchSharp models see.</summary>
public static class DermoscopyPixelsCatalog
{
    /// <summary>
    /// <c>LoadImages</c> -> <c>ResizeImages</c> -> <c>ExtractPixels</c>: a vector of 3*S*S Singles in the
    /// <see cref="PixelLayout"/>. prepare-data already stored S-square PNGs, so the resize is a no-op for them; it
    /// centre-crops and resizes images of other sizes, like <c>SquareImagePreprocessor</c> (with ML.NET's resampling).
    /// Equal to <c>ImagePixels.LoadChw</c> to the bit: both compute (byte - 127.5) * (1 / 127.5).
    /// </summary>
    /// <param name="transforms">The catalog, <c>mlContext.Transforms</c>.</param>
    /// <param name="imageSize">Side S of the square the classifiers read.</param>
    /// <param name="imageFolder">Folder that relative image paths start from; <c>null</c> for absolute paths.</param>
    /// <param name="inputColumnName">Text column with the image paths.</param>
    /// <param name="outputColumnName">Pixel vector column to add (an image column of that name is used on the way).</param>
    public static EstimatorChain<ImagePixelExtractingTransformer> LoadDermoscopyPixels(
        this TransformsCatalog transforms,
        int imageSize,
        string? imageFolder = null,
        string inputColumnName = "ImagePath",
        string outputColumnName = "Pixels")
    {
        if (imageSize <= 0) throw new ArgumentOutOfRangeException(nameof(imageSize), imageSize, "the image size must be positive");
        return transforms.LoadImages(outputColumnName, imageFolder, inputColumnName)
            .Append(transforms.ResizeImages(outputColumnName, imageSize, imageSize, outputColumnName,
                ImageResizingEstimator.ResizingKind.IsoCrop, ImageResizingEstimator.Anchor.Center))
            .Append(transforms.ExtractPixels(outputColumnName, outputColumnName,
                ImagePixelExtractingEstimator.ColorBits.Rgb,
                ImagePixelExtractingEstimator.ColorsOrder.ARGB, // with alpha left out: R, G, B
                interleavePixelColors: false,                   // planes, not pixels: channel-first
                offsetImage: PixelLayout.Offset,
                scaleImage: PixelLayout.Scale));
    }
}
