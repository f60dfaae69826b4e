using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>Hair: several thin dark curved strands, mostly crossing the whole image.</summary>
internal static class DemoHairPainter
{
    private static readonly SKColor Dark = new(28, 20, 16);
    private static readonly SKColor Brown = new(74, 52, 36);

    /// <summary>Paints hair in image units ([-1, 1] on both axes).</summary>
    public static void Paint(SKCanvas canvas, DemoScene scene, Random rng)
    {
        var strands = rng.Next(3, 11);
        for (var strand = 0; strand < strands; strand++)
        {
            // A strand enters near one point, leaves near the opposite side, and bows sideways.
            var heading = rng.Angle();
            var centre = rng.PointInDisc(0.8f);
            var halfLength = rng.Range(0.6f, 1.6f);
            var direction = new SKPoint(MathF.Cos(heading), MathF.Sin(heading));
            var normal = new SKPoint(-direction.Y, direction.X);
            var start = centre - Times(direction, halfLength);
            var end = centre + Times(direction, halfLength);
            var control1 = centre - Times(direction, halfLength * 0.35f) + Times(normal, rng.Range(-0.35f, 0.35f));
            var control2 = centre + Times(direction, halfLength * 0.35f) + Times(normal, rng.Range(-0.35f, 0.35f));

            using var path = new SKPath();
            path.MoveTo(start);
            path.CubicTo(control1, control2, end);
            var colour = DemoPalette.Mix(Dark, Brown, rng.Range(0f, 1f));
            var width = MathF.Max(rng.Range(0.012f, 0.03f), scene.Pixel * 0.7f);
            using var paint = DemoPaints.Stroke(DemoPalette.WithOpacity(colour, rng.Range(0.8f, 0.97f)), width);
            canvas.DrawPath(path, paint);
        }
    }

    private static SKPoint Times(SKPoint vector, float factor) => new(vector.X * factor, vector.Y * factor);
}
