using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.Tests.Fixtures;
using SkiaSharp;

namespace RL4Med.Augment.Data.Tests.Images;

public class ImagePreprocessingTests
{
    [Fact]
    public void CenterCropKeepsTheMiddleSquare()
    {
        // 30x10: red | green | blue thirds; the centre square is the green third.
        using var wide = new SKBitmap(30, 10, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(wide))
        {
            canvas.Clear(SKColors.Red);
            using var green = new SKPaint { Color = SKColors.Lime };
            using var blue = new SKPaint { Color = SKColors.Blue };
            canvas.DrawRect(10, 0, 10, 10, green);
            canvas.DrawRect(20, 0, 10, 10, blue);
        }
        using var square = SquareImagePreprocessor.CenterCropResize(wide, 4);
        Assert.Equal((4, 4), (square.Width, square.Height));
        Assert.All(new[] { square.GetPixel(0, 0), square.GetPixel(3, 3), square.GetPixel(1, 2) }, p => Assert.Equal(SKColors.Lime, p));
    }

    [Fact]
    public void ChwIsChannelFirstInMinusOneToOneAndInvertible()
    {
        using var bitmap = new SKBitmap(2, 2, SKColorType.Rgba8888, SKAlphaType.Premul);
        bitmap.SetPixel(0, 0, new SKColor(255, 0, 0));
        bitmap.SetPixel(1, 0, new SKColor(0, 255, 0));
        bitmap.SetPixel(0, 1, new SKColor(0, 0, 255));
        bitmap.SetPixel(1, 1, new SKColor(51, 102, 204));
        float[] chw = ImagePixels.ToChw(bitmap);
        Assert.Equal(new[] { 1f, -1f, -1f, (51 - 127.5f) * ImagePixels.Scale }, chw[..4]);           // red plane
        Assert.Equal(new[] { -1f, 1f, -1f, (102 - 127.5f) * ImagePixels.Scale }, chw[4..8]);         // green plane
        Assert.Equal(new[] { -1f, -1f, 1f, (204 - 127.5f) * ImagePixels.Scale }, chw[8..12]);        // blue plane
        using var back = ImagePixels.FromChw(chw, 2);
        Assert.Equal(new SKColor(51, 102, 204), back.GetPixel(1, 1));
    }

    [Fact]
    public void DecoderRefusesFilesOverTheSizeLimit()
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("big.png");
        TestImages.WritePng(path, 64, 64, SKColors.Brown);
        var error = Assert.Throws<InputDataException>(() => SafeImageDecoder.Decode(path, ImageLimits.Default with { MaxFileBytes = 10 }, row: 3));
        Assert.StartsWith($"{path}, row 3: image file is", error.Message);
    }

    [Fact]
    public void DecoderRefusesTooManyPixelsBeforeAllocating()
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("wide.png");
        TestImages.WritePng(path, 300, 200, SKColors.Brown);
        var error = Assert.Throws<InputDataException>(() => SafeImageDecoder.Decode(path, ImageLimits.Default with { MaxPixels = 50_000 }));
        Assert.Contains("image claims 300x200 pixels", error.Message);
    }
}
