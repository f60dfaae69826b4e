using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>Surgical skin-marker ink near the lesion: a dotted ring, a margin arc or a few straight marks, in gentian violet or blue.</summary>
internal static class DemoInkPainter
{
    private static readonly SKColor Violet = new(92, 42, 156);
    private static readonly SKColor Blue = new(58, 72, 172);

    /// <summary>Paints ink in the lesion frame (the lesion is centred at the origin).</summary>
    public static void Paint(SKCanvas canvas, DemoScene scene, Random rng)
    {
        var colour = DemoPalette.WithOpacity(rng.Chance(0.6) ? Violet : Blue, rng.Range(0.8f, 0.95f));
        // Excision margin a little outside the lesion, kept inside the picture for large lesions.
        var ring = MathF.Min(scene.LesionRadius * rng.Range(1.25f, 1.6f), 0.9f);
        var width = MathF.Max(rng.Range(0.035f, 0.06f), scene.Pixel * 1.2f);
        var bleed = width * 0.25f; // marker ink spreads into the skin a little

        switch (rng.Next(3))
        {
            case 0:
                PaintDots(canvas, rng, colour, ring, width, bleed);
                break;
            case 1:
                PaintArc(canvas, rng, colour, ring, width, bleed);
                break;
            default:
                PaintMarks(canvas, rng, colour, ring, width, bleed);
                break;
        }
    }

    private static void PaintDots(SKCanvas canvas, Random rng, SKColor colour, float ring, float width, float bleed)
    {
        using var paint = DemoPaints.Fill(colour, bleed);
        var dots = rng.Next(4, 9);
        var start = rng.Angle();
        for (var dot = 0; dot < dots; dot++)
        {
            var angle = start + 2f * MathF.PI * dot / dots + rng.Range(-0.15f, 0.15f);
            canvas.DrawCircle(ring * MathF.Cos(angle), ring * MathF.Sin(angle), width * rng.Range(1.0f, 1.6f), paint);
        }
    }

    private static void PaintArc(SKCanvas canvas, Random rng, SKColor colour, float ring, float width, float bleed)
    {
        using var paint = DemoPaints.Stroke(colour, width, bleed);
        var oval = new SKRect(-ring, -ring * rng.Range(0.8f, 1f), ring, ring * rng.Range(0.8f, 1f));
        canvas.DrawArc(oval, rng.Range(0f, 360f), rng.Range(90f, 300f), useCenter: false, paint);
    }

    // Orientation marks: short straight lines pointing at the lesion.
    private static void PaintMarks(SKCanvas canvas, Random rng, SKColor colour, float ring, float width, float bleed)
    {
        using var paint = DemoPaints.Stroke(colour, width, bleed);
        var marks = rng.Next(2, 5);
        for (var mark = 0; mark < marks; mark++)
        {
            var angle = rng.Angle();
            var direction = new SKPoint(MathF.Cos(angle), MathF.Sin(angle));
            var length = rng.Range(0.2f, 0.35f);
            canvas.DrawLine(direction.X * ring, direction.Y * ring, direction.X * (ring + length), direction.Y * (ring + length), paint);
        }
    }
}
