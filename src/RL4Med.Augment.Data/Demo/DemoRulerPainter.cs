using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>Ruler: a pale strip along one image edge with millimetre ticks, every fifth tick longer.</summary>
internal static class DemoRulerPainter
{
    private static readonly SKColor Strip = new(236, 236, 226);
    private static readonly SKColor Tick = new(24, 24, 28);

    /// <summary>Paints the ruler in image units ([-1, 1] on both axes).</summary>
    public static void Paint(SKCanvas canvas, DemoScene scene, Random rng)
    {
        canvas.Save();
        // Draw as if along the bottom edge, then turn to the chosen edge; slightly askew as when laid by hand.
        canvas.RotateDegrees(90f * rng.Next(4) + rng.Range(-4f, 4f));

        var width = rng.Range(0.18f, 0.28f);
        var inner = 1f - width;
        using (var strip = DemoPaints.Fill(DemoPalette.WithOpacity(Strip, rng.Range(0.8f, 0.95f))))
        {
            canvas.DrawRect(new SKRect(-1.6f, inner, 1.6f, 1.6f), strip);
        }

        var lineWidth = MathF.Max(0.014f, scene.Pixel * 0.8f);
        using var tick = DemoPaints.Stroke(DemoPalette.WithOpacity(Tick, 0.9f), lineWidth);
        tick.StrokeCap = SKStrokeCap.Butt;
        canvas.DrawLine(-1.6f, inner, 1.6f, inner, tick);

        var spacing = MathF.Max(rng.Range(0.07f, 0.1f), scene.Pixel * 2.2f);
        var first = rng.Range(-1.5f, -1.5f + spacing);
        var index = rng.Next(5);
        for (var x = first; x <= 1.5f; x += spacing, index++)
        {
            var length = width * (index % 5 == 0 ? 0.6f : 0.3f);
            canvas.DrawLine(x, inner, x, inner + length, tick);
        }

        canvas.Restore();
    }
}
