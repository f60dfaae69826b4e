using RL4Med.Augment.Data.Demo;
using SkiaSharp;

namespace RL4Med.Augment.Data.Tests.Demo;

public sealed class DemoImageRendererTests
{
    private const int Size = 64;

    private static DemoCase Plain(string diagnosis, int skinType = 2) =>
        new(diagnosis, skinType, DarkCorner: false, Hair: false, GelBubble: false, Ruler: false, Ink: false, "back", "female", 45);

    private static SKBitmap Render(DemoCase lesion, int lesionSeed = 11, int viewSeed = 3) =>
        DemoImageRenderer.Render(lesion, lesionSeed, viewSeed, Size);

    [Fact]
    public void ReturnsOpaqueRgbaBitmapOfRequestedSize()
    {
        using var image = DemoImageRenderer.Render(Plain(DemoDiagnosis.Melanoma), 1, 1, 48);

        Assert.Equal(48, image.Width);
        Assert.Equal(48, image.Height);
        Assert.Equal(SKColorType.Rgba8888, image.ColorType);
        Assert.All(image.Pixels, colour => Assert.Equal(255, colour.Alpha));
    }

    [Fact]
    public void SameSeedsGiveIdenticalPixels()
    {
        var lesion = Plain(DemoDiagnosis.Melanoma) with { Hair = true, Ruler = true, GelBubble = true, Ink = true, DarkCorner = true };
        using var first = Render(lesion);
        using var second = Render(lesion);

        Assert.Equal(first.Bytes, second.Bytes);
    }

    [Fact]
    public void OtherViewSeedGivesAnotherPhotoOfTheSameLesion()
    {
        var lesion = Plain(DemoDiagnosis.Melanoma);
        using var first = Render(lesion, viewSeed: 1);
        using var second = Render(lesion, viewSeed: 2);
        using var otherLesion = Render(lesion, lesionSeed: 12, viewSeed: 1);

        Assert.NotEqual(first.Bytes, second.Bytes);
        Assert.NotEqual(first.Bytes, otherLesion.Bytes);
        // Same lesion: about the same dark area despite the new framing.
        var ratio = (double)DemoImageMeasures.DarkPixels(second) / DemoImageMeasures.DarkPixels(first);
        Assert.InRange(ratio, 0.6, 1.6);
    }

    [Fact]
    public void MelanomasAreLargerThanNevi()
    {
        var seeds = Enumerable.Range(100, 12).ToList();
        var melanomaArea = seeds.Average(seed => DarkArea(Plain(DemoDiagnosis.Melanoma), seed));
        var nevusArea = seeds.Average(seed => DarkArea(Plain(DemoDiagnosis.Nevus), seed));

        Assert.True(melanomaArea > 1.5 * nevusArea, $"melanoma {melanomaArea:F0} px, nevus {nevusArea:F0} px");
    }

    [Fact]
    public void HairAddsThinDarkLines()
    {
        var lesion = Plain(DemoDiagnosis.Nevus);
        var without = 0;
        var with = 0;
        for (var seed = 0; seed < 5; seed++)
        {
            using var plain = Render(lesion, seed, seed);
            using var hairy = Render(lesion with { Hair = true }, seed, seed);
            without += DemoImageMeasures.DarkThinPixels(plain);
            with += DemoImageMeasures.DarkThinPixels(hairy);
        }

        Assert.True(with > 2 * without + 100, $"with hair {with}, without {without}");
    }

    [Fact]
    public void InkAddsVioletOrBluePixels()
    {
        var lesion = Plain(DemoDiagnosis.Nevus);
        for (var seed = 0; seed < 5; seed++)
        {
            using var plain = Render(lesion, seed, seed);
            using var marked = Render(lesion with { Ink = true }, seed, seed);

            Assert.Equal(0, DemoImageMeasures.InkPixels(plain));
            var inkPixels = DemoImageMeasures.InkPixels(marked);
            Assert.True(inkPixels > 15, $"seed {seed}: {inkPixels} ink pixels");
        }
    }

    [Fact]
    public void RulerChangesOneEdgeStripOnly()
    {
        var lesion = Plain(DemoDiagnosis.Nevus);
        const int Strip = Size / 10;
        SKRectI[] edges =
        [
            new(0, 0, Size, Strip),
            new(0, Size - Strip, Size, Size),
            new(0, 0, Strip, Size),
            new(Size - Strip, 0, Size, Size),
        ];
        for (var seed = 0; seed < 5; seed++)
        {
            using var plain = Render(lesion, seed, seed);
            using var measured = Render(lesion with { Ruler = true }, seed, seed);

            Assert.True(edges.Max(edge => DemoImageMeasures.MeanDifference(plain, measured, edge)) > 25);
            Assert.Equal(0, DemoImageMeasures.MeanDifference(plain, measured, new SKRectI(Size / 4, Size / 4, 3 * Size / 4, 3 * Size / 4)));
        }
    }

    [Fact]
    public void GelBubblesAddBrightRims()
    {
        var lesion = Plain(DemoDiagnosis.Nevus);
        using var plain = Render(lesion);
        using var bubbly = Render(lesion with { GelBubble = true });

        Assert.True(DemoImageMeasures.BrightenedPixels(plain, bubbly) > 20);
    }

    [Fact]
    public void DarkCornerBlackensTheCorners()
    {
        var lesion = Plain(DemoDiagnosis.Nevus);
        using var plain = Render(lesion);
        using var vignetted = Render(lesion with { DarkCorner = true });

        Assert.True(CornerLuminance(plain) > 80);
        Assert.True(CornerLuminance(vignetted) < 30);
    }

    [Fact]
    public void RejectsUnsupportedInput()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoImageRenderer.Render(Plain(DemoDiagnosis.Nevus), 1, 1, DemoImageRenderer.MinSize - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoImageRenderer.Render(Plain(DemoDiagnosis.Nevus), 1, 1, DemoImageRenderer.MaxSize + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoImageRenderer.Render(Plain(DemoDiagnosis.Nevus, skinType: 7), 1, 1, Size));
        Assert.Throws<ArgumentException>(() => DemoImageRenderer.Render(Plain("akiec"), 1, 1, Size));
    }

    private static int DarkArea(DemoCase lesion, int seed)
    {
        using var image = Render(lesion, seed, seed);
        return DemoImageMeasures.DarkPixels(image);
    }

    private static double CornerLuminance(SKBitmap image) => new[]
    {
        image.GetPixel(0, 0), image.GetPixel(Size - 1, 0), image.GetPixel(0, Size - 1), image.GetPixel(Size - 1, Size - 1),
    }.Average(DemoImageMeasures.Luminance);
}
