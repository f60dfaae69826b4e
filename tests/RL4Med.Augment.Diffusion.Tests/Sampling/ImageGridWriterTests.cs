using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Diffusion.Tests.Support;
using SkiaSharp;
using TorchSharp;

namespace RL4Med.Augment.Diffusion.Tests.Sampling;

public class ImageGridWriterTests
{
    [Fact]
    public void WritesUpscaledImagesWithCaptionsUnderneath()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "nested", "grid.png");
        var options = new ImageGridOptions { Columns = 2, CellSize = 64, Margin = 4 };
        // Image 0 pure red, image 1 pure blue, image 2 black.
        using var images = torch.full(new long[] { 3, 3, 8, 8 }, -1f);
        images[0, 0] = torch.tensor(1f);
        images[1, 2] = torch.tensor(1f);

        ImageGridWriter.Write(path, images, new[] { "red", "blue with a caption long enough to wrap onto more lines", "black" }, options);

        using var grid = SKBitmap.Decode(path);
        Assert.Equal(2 * (64 + 4) + 4, grid.Width);
        Assert.Equal(new SKColor(255, 0, 0), grid.GetPixel(4 + 32, 4 + 32));
        Assert.Equal(new SKColor(0, 0, 255), grid.GetPixel(4 + 68 + 32, 4 + 32));
        var rowHeight = (grid.Height - 4) / 2;
        Assert.Equal(new SKColor(0, 0, 0), grid.GetPixel(4 + 32, rowHeight + 4 + 32));
        // The caption area under the first image has dark text pixels.
        var captionPixels = Enumerable.Range(4, 64).SelectMany(x => Enumerable.Range(4 + 64 + 4, rowHeight - 64 - 8).Select(y => grid.GetPixel(x, y)));
        Assert.Contains(captionPixels, p => p.Red < 128);
    }

    [Fact]
    public void RejectsMismatchedCaptions()
    {
        using var images = torch.zeros(2, 3, 4, 4);
        Assert.Throws<ArgumentException>(() => ImageGridWriter.Write("unused.png", images, new[] { "one" }));
    }
}
