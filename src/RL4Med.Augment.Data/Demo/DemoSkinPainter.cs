using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>Skin around the lesion: base tone, blotchy redness and paler patches, fine mottling.</summary>
internal static class DemoSkinPainter
{
    // Drawn in the lesion frame, so the area must still cover the image corners after rotation and zoom.
    private static readonly SKRect Area = new(-1.7f, -1.7f, 1.7f, 1.7f);
    private static readonly SKColor Redness = new(200, 90, 90);
    private static readonly SKColor Pallor = new(250, 235, 225);

    /// <summary>Paints skin over the whole canvas; <paramref name="rng"/> belongs to the lesion, so every view shows the same skin.</summary>
    public static void Paint(SKCanvas canvas, DemoScene scene, Random rng)
    {
        var skin = scene.Skin;
        var darker = DemoPalette.Mix(skin, DemoPalette.Scale(Redness, scene.PigmentScale), 0.6f);
        var lighter = DemoPalette.Mix(skin, Pallor, 0.5f);

        using (var baseFill = DemoPaints.Fill(skin))
        {
            canvas.DrawRect(Area, baseFill);
        }

        // Blotches: erythema and paler areas a few lesion-widths across.
        DemoValueNoise.Draw(canvas, rng, Area, cells: 5, darker, lighter, maxOpacity: 0.55f);
        // Mottling of pores and skin lines at a few output pixels.
        DemoValueNoise.Draw(canvas, rng, Area, cells: 36, DemoPalette.Scale(skin, 0.8f), lighter, maxOpacity: 0.22f);

        var glows = rng.Next(2, 5);
        for (var glow = 0; glow < glows; glow++)
        {
            var centre = rng.PointInDisc(1.4f);
            var tint = rng.Chance(0.6) ? darker : lighter;
            var radius = rng.Range(0.3f, 0.8f);
            using var paint = DemoPaints.RadialGlow(centre, radius, DemoPalette.WithOpacity(tint, rng.Range(0.2f, 0.45f)));
            canvas.DrawCircle(centre, radius, paint);
        }
    }
}
