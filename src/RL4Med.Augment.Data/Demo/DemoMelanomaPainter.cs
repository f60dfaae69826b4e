using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// Melanoma: large, asymmetric, irregular border, several colours (light and dark brown, black,
/// blue-grey, red, white regression), often a blue-white veil, irregular dots and streaks at the edge.
/// </summary>
internal static class DemoMelanomaPainter
{
    private static readonly SKColor LightBrown = new(168, 112, 74);
    private static readonly SKColor DarkBrown = new(92, 52, 34);
    private static readonly SKColor Black = new(38, 28, 28);
    private static readonly SKColor BlueGrey = new(90, 96, 114);
    private static readonly SKColor Red = new(178, 86, 84);
    private static readonly SKColor Regression = new(222, 205, 205);
    private static readonly SKColor Veil = new(150, 160, 184);
    // Repeats weight the draw: dark brown and black dominate, white regression is the rarest.
    private static readonly SKColor[] RegionColours = [LightBrown, DarkBrown, DarkBrown, DarkBrown, Black, Black, BlueGrey, Red, Regression];

    private const double VeilChance = 0.5;

    /// <summary>Paints the melanoma centred at the lesion-frame origin.</summary>
    public static void Paint(SKCanvas canvas, DemoScene scene, Random rng)
    {
        var radius = scene.LesionRadius;
        var outline = DemoLesionOutline.Create(rng, harmonics: 11, irregularity: 0.2f);
        using var body = outline.ToPath(radius, SKPoint.Empty);

        // Inflammation halo around many melanomas.
        using (var halo = DemoPaints.Fill(DemoPalette.WithOpacity(scene.Pigment(Red), rng.Range(0.1f, 0.3f)), blurSigma: radius * 0.25f))
        {
            canvas.DrawPath(body, halo);
        }

        var baseColour = scene.Pigment(DemoPalette.Jitter(rng, DemoPalette.Mix(LightBrown, DarkBrown, rng.Range(0.2f, 0.6f)), 16));
        using (var fill = DemoPaints.Fill(baseColour, blurSigma: radius * 0.025f))
        {
            canvas.DrawPath(body, fill);
        }

        canvas.Save();
        canvas.ClipPath(body, antialias: true);
        DemoValueNoise.Draw(canvas, rng, Bounds(radius), cells: 9, scene.Pigment(Black), scene.Pigment(LightBrown), maxOpacity: 0.5f);
        PaintColourRegions(canvas, scene, rng, radius);
        if (rng.Chance(VeilChance))
        {
            PaintVeil(canvas, scene, rng, radius);
        }

        PaintAtypicalNetwork(canvas, scene, rng, radius);
        canvas.Restore();

        PaintPeripheralDots(canvas, scene, rng, outline, radius);
        PaintStreaks(canvas, scene, rng, outline, radius);
    }

    // Uneven blotches of several colours: the multicolour, asymmetric look of melanoma.
    private static void PaintColourRegions(SKCanvas canvas, DemoScene scene, Random rng, float radius)
    {
        var regions = rng.Next(4, 8);
        for (var region = 0; region < regions; region++)
        {
            var kind = RegionColours[rng.Next(RegionColours.Length)];
            var colour = scene.Pigment(DemoPalette.Jitter(rng, kind, 12));
            // Regression is a faint scar-like whitening, never a solid white patch.
            var isRegression = kind == Regression;
            var opacity = isRegression ? rng.Range(0.3f, 0.5f) : rng.Range(0.6f, 0.95f);
            var size = radius * (isRegression ? rng.Range(0.15f, 0.3f) : rng.Range(0.25f, 0.55f));
            var outline = DemoLesionOutline.Create(rng, harmonics: 6, irregularity: 0.3f);
            using var blob = outline.ToPath(size, rng.PointInDisc(radius * 0.75f));
            using var paint = DemoPaints.Fill(DemoPalette.WithOpacity(colour, opacity), blurSigma: radius * rng.Range(0.04f, 0.1f));
            canvas.DrawPath(blob, paint);
        }
    }

    // Blue-white veil: a structureless, milky blue-white haze over part of the lesion.
    private static void PaintVeil(SKCanvas canvas, DemoScene scene, Random rng, float radius)
    {
        var outline = DemoLesionOutline.Create(rng, harmonics: 4, irregularity: 0.25f);
        using var veil = outline.ToPath(radius * rng.Range(0.35f, 0.6f), rng.PointInDisc(radius * 0.4f));
        var colour = DemoPalette.Scale(Veil, MathF.Sqrt(scene.PigmentScale));
        using var paint = DemoPaints.Fill(DemoPalette.WithOpacity(colour, rng.Range(0.35f, 0.6f)), blurSigma: radius * 0.15f);
        canvas.DrawPath(veil, paint);
    }

    // Atypical network: holes of uneven size and spacing, only in some parts of the lesion.
    private static void PaintAtypicalNetwork(SKCanvas canvas, DemoScene scene, Random rng, float radius)
    {
        var patchCentre = rng.PointInDisc(radius * 0.6f);
        var patchRadius = radius * rng.Range(0.4f, 0.7f);
        var spacing = MathF.Max(radius * 0.14f, scene.Pixel * 2.4f);
        var hole = DemoPalette.WithOpacity(scene.Pigment(LightBrown), 0.3f);
        using var paint = DemoPaints.Fill(hole);
        for (var y = -patchRadius; y <= patchRadius; y += spacing)
        {
            for (var x = -patchRadius; x <= patchRadius; x += spacing)
            {
                if (x * x + y * y > patchRadius * patchRadius || rng.Chance(0.3))
                {
                    continue;
                }

                var jitter = rng.PointInDisc(spacing * 0.45f);
                canvas.DrawCircle(patchCentre.X + x + jitter.X, patchCentre.Y + y + jitter.Y, spacing * rng.Range(0.15f, 0.38f), paint);
            }
        }
    }

    // Irregular dots and globules, crowded towards the border.
    private static void PaintPeripheralDots(SKCanvas canvas, DemoScene scene, Random rng, DemoLesionOutline outline, float radius)
    {
        var dots = rng.Next(4, 12);
        for (var dot = 0; dot < dots; dot++)
        {
            var angle = rng.Angle();
            var distance = radius * outline.RadiusAt(angle) * rng.Range(0.65f, 1.0f);
            var colour = scene.Pigment(rng.Chance(0.5) ? Black : DarkBrown);
            using var paint = DemoPaints.Fill(DemoPalette.WithOpacity(colour, rng.Range(0.7f, 0.95f)));
            var dotRadius = MathF.Max(radius * rng.Range(0.02f, 0.06f), scene.Pixel * 0.6f);
            canvas.DrawCircle(distance * MathF.Cos(angle), distance * MathF.Sin(angle), dotRadius, paint);
        }
    }

    // Streaks (pseudopods): short dark radial lines leaving the border in one sector.
    private static void PaintStreaks(SKCanvas canvas, DemoScene scene, Random rng, DemoLesionOutline outline, float radius)
    {
        var streaks = rng.Next(0, 7);
        var sector = rng.Angle();
        using var paint = DemoPaints.Stroke(
            DemoPalette.WithOpacity(scene.Pigment(DarkBrown), 0.75f), MathF.Max(radius * 0.06f, scene.Pixel), blurSigma: scene.Pixel * 0.5f);
        for (var streak = 0; streak < streaks; streak++)
        {
            var angle = sector + rng.Range(-0.8f, 0.8f);
            var edge = radius * outline.RadiusAt(angle);
            var direction = new SKPoint(MathF.Cos(angle), MathF.Sin(angle));
            var inner = edge * 0.85f;
            var outer = edge * rng.Range(1.03f, 1.12f);
            canvas.DrawLine(direction.X * inner, direction.Y * inner, direction.X * outer, direction.Y * outer, paint);
        }
    }

    // Covers the whole outline: irregular borders reach well past the mean radius.
    private static SKRect Bounds(float radius) => new(-2f * radius, -2f * radius, 2f * radius, 2f * radius);
}
