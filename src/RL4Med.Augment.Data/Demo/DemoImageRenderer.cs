using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// Renders procedural dermoscopy-like photographs of demo cases: skin in the Fitzpatrick tone, a lesion
/// whose look follows the diagnosis, and the flagged acquisition artifacts.
/// </summary>
public static class DemoImageRenderer
{
    /// <summary>Smallest supported image side in pixels.</summary>
    public const int MinSize = 32;

    /// <summary>Largest supported image side in pixels.</summary>
    public const int MaxSize = 256;

    // Drawn at twice the size and averaged down: smoother thin hairs, ticks and network holes.
    private const int Supersampling = 2;

    // Mean lesion radius ranges in image half-widths: melanomas are the largest, nevi the smallest.
    private const float MelanomaMinRadius = 0.45f;
    private const float MelanomaMaxRadius = 0.66f;
    private const float NevusMinRadius = 0.26f;
    private const float NevusMaxRadius = 0.42f;
    private const float KeratosisMinRadius = 0.34f;
    private const float KeratosisMaxRadius = 0.5f;

    /// <summary>
    /// Renders one photograph. <paramref name="lesionSeed"/> fixes the lesion (shape, colours, skin texture);
    /// <paramref name="viewSeed"/> fixes the photograph (framing, lighting, where the artifacts fall), so two
    /// view seeds give two photos of the same lesion. The same arguments always give the same pixels.
    /// </summary>
    /// <param name="lesion">The attributes to draw.</param>
    /// <param name="lesionSeed">Seed of the lesion's own appearance.</param>
    /// <param name="viewSeed">Seed of this photograph of the lesion.</param>
    /// <param name="size">Image side in pixels, <see cref="MinSize"/> to <see cref="MaxSize"/>.</param>
    /// <returns>A new <paramref name="size"/> x <paramref name="size"/> RGBA8888 bitmap, opaque; the caller disposes it.</returns>
    public static SKBitmap Render(DemoCase lesion, int lesionSeed, int viewSeed, int size)
    {
        ArgumentNullException.ThrowIfNull(lesion);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaxSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(lesion.SkinType, 1, nameof(lesion));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lesion.SkinType, 6, nameof(lesion));
        if (!DemoDiagnosis.All.Contains(lesion.Diagnosis))
        {
            throw new ArgumentException($"Unknown demo diagnosis '{lesion.Diagnosis}'.", nameof(lesion));
        }

        var shapeRng = DemoRandomStreams.Create(lesionSeed, 0, DemoRandomStream.LesionShape);
        var viewRng = DemoRandomStreams.Create(lesionSeed, viewSeed, DemoRandomStream.ViewGeometry);
        var scene = new DemoScene(
            lesion,
            DemoPalette.Skin(lesion.SkinType),
            DemoPalette.PigmentScale(lesion.SkinType),
            LesionRadius(lesion.Diagnosis, shapeRng),
            Pixel: 2f / size,
            DemoView.Create(viewRng));

        var workSize = size * Supersampling;
        using var work = new SKBitmap(new SKImageInfo(workSize, workSize, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(work))
        {
            // Image units: [-1, 1] on both axes whatever the pixel size.
            canvas.Translate(workSize / 2f, workSize / 2f);
            canvas.Scale(workSize / 2f);
            using var exposure = new SKPaint { ColorFilter = ExposureFilter(scene.View) };
            canvas.SaveLayer(exposure);
            PaintLesionFrame(canvas, scene, shapeRng, lesionSeed, viewSeed);
            PaintImageFrameArtifacts(canvas, scene, lesionSeed, viewSeed);
            DemoOpticsPainter.Paint(canvas, scene, viewRng);
            canvas.Restore();
        }

        var result = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        work.ScalePixels(result, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Nearest));
        return result;
    }

    // What lies on the skin moves with the lesion when the photographer shifts or turns the dermoscope.
    private static void PaintLesionFrame(SKCanvas canvas, DemoScene scene, Random shapeRng, int lesionSeed, int viewSeed)
    {
        var view = scene.View;
        canvas.Save();
        canvas.Translate(view.OffsetX, view.OffsetY);
        canvas.RotateDegrees(view.RotationDegrees);
        canvas.Scale(view.Zoom);

        DemoSkinPainter.Paint(canvas, scene, DemoRandomStreams.Create(lesionSeed, 0, DemoRandomStream.SkinTexture));
        switch (scene.Case.Diagnosis)
        {
            case DemoDiagnosis.Melanoma:
                DemoMelanomaPainter.Paint(canvas, scene, shapeRng);
                break;
            case DemoDiagnosis.Nevus:
                DemoNevusPainter.Paint(canvas, scene, shapeRng);
                break;
            default:
                DemoKeratosisPainter.Paint(canvas, scene, shapeRng);
                break;
        }

        if (scene.Case.Ink)
        {
            DemoInkPainter.Paint(canvas, scene, DemoRandomStreams.Create(lesionSeed, viewSeed, DemoRandomStream.Ink));
        }

        canvas.Restore();
    }

    // Hair, gel and ruler lie on top of the skin or the glass, placed anew in every photograph.
    private static void PaintImageFrameArtifacts(SKCanvas canvas, DemoScene scene, int lesionSeed, int viewSeed)
    {
        if (scene.Case.Hair)
        {
            DemoHairPainter.Paint(canvas, scene, DemoRandomStreams.Create(lesionSeed, viewSeed, DemoRandomStream.Hair));
        }

        if (scene.Case.GelBubble)
        {
            DemoGelBubblePainter.Paint(canvas, scene, DemoRandomStreams.Create(lesionSeed, viewSeed, DemoRandomStream.GelBubble));
        }

        if (scene.Case.Ruler)
        {
            DemoRulerPainter.Paint(canvas, scene, DemoRandomStreams.Create(lesionSeed, viewSeed, DemoRandomStream.Ruler));
        }
    }

    private static float LesionRadius(string diagnosis, Random rng) => diagnosis switch
    {
        DemoDiagnosis.Melanoma => rng.Range(MelanomaMinRadius, MelanomaMaxRadius),
        DemoDiagnosis.Nevus => rng.Range(NevusMinRadius, NevusMaxRadius),
        _ => rng.Range(KeratosisMinRadius, KeratosisMaxRadius),
    };

    // Camera exposure and white balance of this photograph.
    private static SKColorFilter ExposureFilter(DemoView view)
    {
        var red = view.Exposure * view.RedBalance;
        var green = view.Exposure;
        var blue = view.Exposure * view.BlueBalance;
        return SKColorFilter.CreateColorMatrix(
        [
            red, 0f, 0f, 0f, 0f,
            0f, green, 0f, 0f, 0f,
            0f, 0f, blue, 0f, 0f,
            0f, 0f, 0f, 1f, 0f,
        ]);
    }
}
