using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// Cheap smooth noise: a small grid of random tints drawn stretched with bicubic filtering. Much faster
/// than Skia's per-pixel Perlin shaders, and seeded by our own <see cref="Random"/>.
/// </summary>
internal static class DemoValueNoise
{
    /// <summary>
    /// Covers <paramref name="area"/> with a <paramref name="cells"/> x <paramref name="cells"/> noise grid that
    /// tints towards <paramref name="darker"/> or <paramref name="lighter"/> with opacity up to <paramref name="maxOpacity"/>.
    /// </summary>
    public static void Draw(SKCanvas canvas, Random rng, SKRect area, int cells, SKColor darker, SKColor lighter, float maxOpacity)
    {
        var tints = new SKColor[cells * cells];
        for (var index = 0; index < tints.Length; index++)
        {
            var value = rng.Range(-1f, 1f);
            tints[index] = DemoPalette.WithOpacity(value < 0f ? darker : lighter, MathF.Abs(value) * maxOpacity);
        }

        using var grid = new SKBitmap(new SKImageInfo(cells, cells, SKColorType.Rgba8888, SKAlphaType.Premul));
        grid.Pixels = tints;
        using var image = SKImage.FromBitmap(grid);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, area, new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
    }
}
