using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// Melanocytic nevus: round-ish, evenly brown, darker centre, soft edge, faint regular pigment network.
/// </summary>
internal static class DemoNevusPainter
{
    private static readonly SKColor Brown = new(140, 88, 56);
    private static readonly SKColor DarkBrown = new(98, 60, 40);

    /// <summary>Paints the nevus centred at the lesion-frame origin.</summary>
    public static void Paint(SKCanvas canvas, DemoScene scene, Random rng)
    {
        var radius = scene.LesionRadius;
        var outline = DemoLesionOutline.Create(rng, harmonics: 4, irregularity: 0.07f);
        using var body = outline.ToPath(radius, SKPoint.Empty);
        var brown = scene.Pigment(DemoPalette.Jitter(rng, Brown, 14));
        var centreBrown = scene.Pigment(DemoPalette.Jitter(rng, DarkBrown, 10));

        // Soft fading edge: a wide blurred halo under the body.
        using (var halo = DemoPaints.Fill(DemoPalette.WithOpacity(brown, 0.55f), blurSigma: radius * 0.16f))
        {
            canvas.DrawPath(body, halo);
        }

        using (var fill = DemoPaints.Fill(brown, blurSigma: radius * 0.07f))
        {
            var centre = rng.PointInDisc(radius * 0.2f);
            fill.Shader = SKShader.CreateRadialGradient(
                centre, radius * 1.1f, [centreBrown, brown, brown], [0f, 0.55f, 1f], SKShaderTileMode.Clamp);
            canvas.DrawPath(body, fill);
        }

        canvas.Save();
        canvas.ClipPath(body, antialias: true);
        var bounds = new SKRect(-1.5f * radius, -1.5f * radius, 1.5f * radius, 1.5f * radius);
        DemoValueNoise.Draw(canvas, rng, bounds, cells: 7, centreBrown, DemoPalette.Mix(brown, scene.Skin, 0.4f), maxOpacity: 0.3f);
        PaintNetwork(canvas, scene, rng, brown, radius);
        canvas.Restore();
    }

    // Regular network: paler holes on a jittered honeycomb; the brown left between them reads as the lines.
    private static void PaintNetwork(SKCanvas canvas, DemoScene scene, Random rng, SKColor brown, float radius)
    {
        var hole = DemoPalette.Mix(brown, scene.Skin, 0.45f);
        var spacing = MathF.Max(radius * 0.2f, scene.Pixel * 2.4f);
        using var paint = DemoPaints.Fill(DemoPalette.WithOpacity(hole, rng.Range(0.15f, 0.28f)));
        var row = 0;
        for (var y = -radius * 1.3f; y <= radius * 1.3f; y += spacing * 0.87f, row++)
        {
            for (var x = -radius * 1.3f + (row % 2) * spacing * 0.5f; x <= radius * 1.3f; x += spacing)
            {
                var jitter = rng.PointInDisc(spacing * 0.25f);
                canvas.DrawCircle(x + jitter.X, y + jitter.Y, spacing * rng.Range(0.2f, 0.34f), paint);
            }
        }
    }
}
