using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>Dermoscope optics over the finished scene: uneven illumination, lens falloff and the dark-corner vignette.</summary>
internal static class DemoOpticsPainter
{
    private static readonly SKColor Vignette = new(8, 6, 6);

    // Gradients interpolate unpremultiplied colours: every transparent stop keeps its neighbour's colour, or a pale fringe appears.

    /// <summary>Paints lighting in image units ([-1, 1] on both axes); the dark corner only when the case has one.</summary>
    public static void Paint(SKCanvas canvas, DemoScene scene, Random rng)
    {
        var view = scene.View;
        var bounds = new SKRect(-1f, -1f, 1f, 1f);

        // One side a little brighter than the other.
        var towardsLight = new SKPoint(MathF.Cos(view.LightAngle), MathF.Sin(view.LightAngle));
        var shade = (byte)(255f * view.LightStrength);
        using (var lighting = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                towardsLight, new SKPoint(-towardsLight.X, -towardsLight.Y),
                [SKColors.White.WithAlpha(shade), SKColors.Gray.WithAlpha(0), SKColors.Black.WithAlpha(shade)],
                [0f, 0.5f, 1f], SKShaderTileMode.Clamp),
        })
        {
            canvas.DrawRect(bounds, lighting);
        }

        using (var falloff = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(
                SKPoint.Empty, 1.45f, [SKColors.Black.WithAlpha(0), SKColors.Black.WithAlpha((byte)(255f * view.LensFalloff))],
                [0.45f, 1f], SKShaderTileMode.Clamp),
        })
        {
            canvas.DrawRect(bounds, falloff);
        }

        if (scene.Case.DarkCorner)
        {
            PaintDarkCorner(canvas, rng, bounds);
        }
    }

    // The round field of view of a contact dermoscope: black outside a circle a little smaller than the diagonal.
    private static void PaintDarkCorner(SKCanvas canvas, Random rng, SKRect bounds)
    {
        var centre = rng.PointInDisc(0.12f);
        var radius = rng.Range(0.95f, 1.2f);
        var softness = rng.Range(0.06f, 0.15f);
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(
                centre, radius, [Vignette.WithAlpha(0), Vignette], [1f - softness, 1f], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(bounds, paint);
    }
}
