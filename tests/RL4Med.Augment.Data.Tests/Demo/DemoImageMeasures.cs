using SkiaSharp;

namespace RL4Med.Augment.Data.Tests.Demo;

/// <summary>Pixel measures the demo renderer tests check: how much of a kind of structure an image holds.</summary>
internal static class DemoImageMeasures
{
    public static double Luminance(SKColor colour) => 0.299 * colour.Red + 0.587 * colour.Green + 0.114 * colour.Blue;

    /// <summary>Pixels at least 30 levels darker than both neighbours two pixels away, across or down: thin dark lines.</summary>
    public static int DarkThinPixels(SKBitmap bitmap)
    {
        const double Contrast = 30;
        var count = 0;
        for (var y = 2; y < bitmap.Height - 2; y++)
        {
            for (var x = 2; x < bitmap.Width - 2; x++)
            {
                var centre = Luminance(bitmap.GetPixel(x, y)) + Contrast;
                var acrossX = centre < Luminance(bitmap.GetPixel(x - 2, y)) && centre < Luminance(bitmap.GetPixel(x + 2, y));
                var acrossY = centre < Luminance(bitmap.GetPixel(x, y - 2)) && centre < Luminance(bitmap.GetPixel(x, y + 2));
                if (acrossX || acrossY)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Violet or blue pixels, which neither skin nor a nevus has.</summary>
    public static int InkPixels(SKBitmap bitmap) =>
        Pixels(bitmap).Count(colour => colour.Blue >= colour.Red && colour.Blue > colour.Green + 20);

    /// <summary>Pixels darker than 75% of the skin, taken as the median luminance of the one-pixel image border.</summary>
    public static int DarkPixels(SKBitmap bitmap)
    {
        var border = new List<double>();
        for (var index = 0; index < bitmap.Width; index++)
        {
            border.Add(Luminance(bitmap.GetPixel(index, 0)));
            border.Add(Luminance(bitmap.GetPixel(index, bitmap.Height - 1)));
            border.Add(Luminance(bitmap.GetPixel(0, index)));
            border.Add(Luminance(bitmap.GetPixel(bitmap.Width - 1, index)));
        }

        border.Sort();
        var threshold = 0.75 * border[border.Count / 2];
        return Pixels(bitmap).Count(colour => Luminance(colour) < threshold);
    }

    /// <summary>Mean absolute channel difference of two equally sized images inside a rectangle.</summary>
    public static double MeanDifference(SKBitmap first, SKBitmap second, SKRectI area)
    {
        var total = 0.0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var a = first.GetPixel(x, y);
                var b = second.GetPixel(x, y);
                total += Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
            }
        }

        return total / (3.0 * area.Width * area.Height);
    }

    /// <summary>Pixels at least 25 levels brighter in <paramref name="changed"/> than in <paramref name="original"/>.</summary>
    public static int BrightenedPixels(SKBitmap original, SKBitmap changed)
    {
        var before = Pixels(original);
        var after = Pixels(changed);
        return before.Zip(after).Count(pair => Luminance(pair.Second) > Luminance(pair.First) + 25);
    }

    private static SKColor[] Pixels(SKBitmap bitmap) => bitmap.Pixels;
}
