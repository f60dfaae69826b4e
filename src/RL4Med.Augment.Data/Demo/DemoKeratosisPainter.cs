using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// Benign keratosis (seborrhoeic keratosis type): waxy light-brown "stuck-on" plaque with a sharp edge,
/// patchy colour, dark fissures and comedo-like openings, whitish milia-like cysts.
/// </summary>
internal static class DemoKeratosisPainter
{
    private static readonly SKColor Waxy = new(176, 124, 86);
    private static readonly SKColor Tan = new(204, 156, 116);
    private static readonly SKColor Brown = new(120, 76, 50);
    private static readonly SKColor Fissure = new(80, 54, 38);
    private static readonly SKColor Milia = new(238, 228, 196);
    private static readonly SKColor Sheen = new(255, 244, 224);

    /// <summary>Paints the keratosis centred at the lesion-frame origin.</summary>
    public static void Paint(SKCanvas canvas, DemoScene scene, Random rng)
    {
        var radius = scene.LesionRadius;
        var outline = DemoLesionOutline.Create(rng, harmonics: 6, irregularity: 0.14f);
        using var body = outline.ToPath(radius, SKPoint.Empty);

        // Raised plaque: a thin shadow ring and a sharp edge, unlike the fading edge of a nevus.
        using (var shadow = DemoPaints.Stroke(DemoPalette.WithOpacity(scene.Pigment(Brown), 0.6f), radius * 0.06f, blurSigma: radius * 0.03f))
        {
            canvas.DrawPath(body, shadow);
        }

        using (var fill = DemoPaints.Fill(scene.Pigment(DemoPalette.Jitter(rng, Waxy, 16)), blurSigma: scene.Pixel * 0.4f))
        {
            canvas.DrawPath(body, fill);
        }

        canvas.Save();
        canvas.ClipPath(body, antialias: true);
        PaintPatches(canvas, scene, rng, radius);
        PaintFissures(canvas, scene, rng, radius);
        PaintOpeningsAndMilia(canvas, scene, rng, radius);
        PaintWaxySheen(canvas, rng, radius);
        canvas.Restore();
    }

    private static void PaintPatches(SKCanvas canvas, DemoScene scene, Random rng, float radius)
    {
        var patches = rng.Next(5, 10);
        for (var patch = 0; patch < patches; patch++)
        {
            var colour = scene.Pigment(DemoPalette.Jitter(rng, rng.Chance(0.5) ? Tan : Brown, 12));
            var outline = DemoLesionOutline.Create(rng, harmonics: 5, irregularity: 0.3f);
            using var blob = outline.ToPath(radius * rng.Range(0.2f, 0.45f), rng.PointInDisc(radius * 0.8f));
            using var paint = DemoPaints.Fill(DemoPalette.WithOpacity(colour, rng.Range(0.35f, 0.7f)), blurSigma: radius * 0.05f);
            canvas.DrawPath(blob, paint);
        }
    }

    // Cerebriform pattern: short wavy furrows, each with a pale ridge beside it.
    private static void PaintFissures(SKCanvas canvas, DemoScene scene, Random rng, float radius)
    {
        var fissures = rng.Next(8, 16);
        var width = MathF.Max(radius * 0.07f, scene.Pixel);
        using var furrow = DemoPaints.Stroke(DemoPalette.WithOpacity(scene.Pigment(Fissure), 0.4f), width, blurSigma: radius * 0.025f);
        using var ridge = DemoPaints.Stroke(DemoPalette.WithOpacity(scene.Pigment(Tan), 0.6f), width * 1.4f, blurSigma: radius * 0.03f);
        for (var fissure = 0; fissure < fissures; fissure++)
        {
            var start = rng.PointInDisc(radius * 0.8f);
            var heading = rng.Angle();
            var length = radius * rng.Range(0.15f, 0.35f);
            var bend = rng.Range(-0.9f, 0.9f);
            var middle = new SKPoint(
                start.X + length * 0.5f * MathF.Cos(heading + bend), start.Y + length * 0.5f * MathF.Sin(heading + bend));
            var end = new SKPoint(start.X + length * MathF.Cos(heading), start.Y + length * MathF.Sin(heading));
            using var path = new SKPath();
            path.MoveTo(start);
            path.QuadTo(middle, end);
            canvas.Save();
            canvas.Translate(width * 1.2f, width * 1.2f);
            canvas.DrawPath(path, ridge);
            canvas.Restore();
            canvas.DrawPath(path, furrow);
        }
    }

    // Comedo-like openings (dark plugs) and milia-like cysts (pale round dots).
    private static void PaintOpeningsAndMilia(SKCanvas canvas, DemoScene scene, Random rng, float radius)
    {
        var dotRadius = MathF.Max(radius * 0.045f, scene.Pixel * 0.7f);
        using var opening = DemoPaints.Fill(DemoPalette.WithOpacity(scene.Pigment(Fissure), 0.85f));
        var openings = rng.Next(3, 9);
        for (var index = 0; index < openings; index++)
        {
            var centre = rng.PointInDisc(radius * 0.85f);
            canvas.DrawCircle(centre, dotRadius * rng.Range(0.8f, 1.4f), opening);
        }

        using var milium = DemoPaints.Fill(DemoPalette.WithOpacity(Milia, 0.9f), blurSigma: dotRadius * 0.4f);
        var milia = rng.Next(3, 9);
        for (var index = 0; index < milia; index++)
        {
            var centre = rng.PointInDisc(radius * 0.85f);
            canvas.DrawCircle(centre, dotRadius * rng.Range(0.8f, 1.5f), milium);
        }
    }

    // Waxy surface: a soft light sheen from one side.
    private static void PaintWaxySheen(SKCanvas canvas, Random rng, float radius)
    {
        var angle = rng.Angle();
        var from = new SKPoint(radius * MathF.Cos(angle), radius * MathF.Sin(angle));
        using var paint = new SKPaint
        {
            IsAntialias = true,
            Shader = SKShader.CreateLinearGradient(
                from, new SKPoint(-from.X, -from.Y), [Sheen.WithAlpha(45), Sheen.WithAlpha(0)], [0f, 0.7f], SKShaderTileMode.Clamp),
        };
        canvas.DrawCircle(0f, 0f, radius * 1.5f, paint);
    }
}
