using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>Air bubbles in the immersion gel: round, nearly clear, with a bright rim, a dark refraction edge and a highlight.</summary>
internal static class DemoGelBubblePainter
{
    /// <summary>Paints bubbles in image units ([-1, 1] on both axes).</summary>
    public static void Paint(SKCanvas canvas, DemoScene scene, Random rng)
    {
        var bubbles = rng.Next(2, 7);
        var rimWidth = MathF.Max(0.02f, scene.Pixel * 0.9f);
        for (var bubble = 0; bubble < bubbles; bubble++)
        {
            var centre = rng.PointInDisc(0.9f);
            var radius = rng.Range(0.05f, 0.2f);

            using (var body = DemoPaints.Fill(SKColors.White.WithAlpha(30)))
            {
                canvas.DrawCircle(centre, radius, body);
            }

            using (var edge = DemoPaints.Stroke(SKColors.Black.WithAlpha(70), rimWidth, blurSigma: rimWidth * 0.5f))
            {
                canvas.DrawCircle(centre, radius + rimWidth, edge);
            }

            using (var rim = DemoPaints.Stroke(SKColors.White.WithAlpha(200), rimWidth))
            {
                canvas.DrawCircle(centre, radius, rim);
            }

            // Specular highlight towards the light.
            using var highlight = DemoPaints.Fill(SKColors.White.WithAlpha(220), blurSigma: radius * 0.08f);
            canvas.DrawCircle(centre.X - radius * 0.4f, centre.Y - radius * 0.4f, radius * 0.2f, highlight);
        }
    }
}
