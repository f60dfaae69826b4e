using RL4Med.Augment.TestSupport;
using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Classification.Pixels;
using RL4Med.Augment.Data.Images;
using SkiaSharp;

namespace RL4Med.Augment.Classification.Tests;

public class PixelChainTests
{
    [Fact]
    public void MlNetPixelsEqualImagePixelsOfTheSamePng()
    {
        using var folder = new TemporaryDirectory();
        const int size = 16;
        string path = Path.Combine(folder.Path, "gradient.png");
        using (var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul)))
        {
            // Every channel differs, so a swapped plane or an interleaved layout cannot pass.
            for (int y = 0; y < size; y++)
                for (int x = 0; x < size; x++)
                    bitmap.SetPixel(x, y, new SKColor((byte)(16 * x), (byte)(16 * y), (byte)(255 - 8 * (x + y)), 255));
            File.WriteAllBytes(path, SquareImagePreprocessor.EncodePng(bitmap));
        }

        var ml = new MLContext(seed: 1);
        var input = ml.Data.LoadFromEnumerable(new[] { new ImageRow { ImagePath = path } });
        var pixels = ml.Transforms.LoadDermoscopyPixels(size).Fit(input).Transform(input);
        var column = pixels.Schema["Pixels"];
        var type = Assert.IsType<VectorDataViewType>(column.Type);
        Assert.Equal((NumberDataViewType.Single, PixelLayout.VectorLength(size)), (type.ItemType, type.Size));
        float[] actual = pixels.GetColumn<float[]>(column).Single();

        float[] expected = ImagePixels.LoadChw(path, ImageLimits.Default);
        // Same planes, same positions, same arithmetic: equal to the bit.
        Assert.Equal(expected, actual);
    }

    private sealed class ImageRow
    {
        public string ImagePath { get; set; } = "";
    }
}
