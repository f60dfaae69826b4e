using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>Paint factories shared by the demo painters. Blur sigmas are in canvas units (they follow the transform).</summary>
internal static class DemoPaints
{
    /// <summary>Anti-aliased fill, optionally blurred.</summary>
    public static SKPaint Fill(SKColor colour, float blurSigma = 0f) => new()
    {
        Color = colour,
        IsAntialias = true,
        Style = SKPaintStyle.Fill,
        MaskFilter = blurSigma > 0f ? SKMaskFilter.CreateBlur(SKBlurStyle.Normal, blurSigma) : null,
    };

    /// <summary>Anti-aliased round-capped stroke, optionally blurred.</summary>
    public static SKPaint Stroke(SKColor colour, float width, float blurSigma = 0f) => new()
    {
        Color = colour,
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeCap = SKStrokeCap.Round,
        StrokeJoin = SKStrokeJoin.Round,
        MaskFilter = blurSigma > 0f ? SKMaskFilter.CreateBlur(SKBlurStyle.Normal, blurSigma) : null,
    };

    /// <summary>Fill with a radial falloff from <paramref name="colour"/> at the centre to transparent at the radius.</summary>
    public static SKPaint RadialGlow(SKPoint centre, float radius, SKColor colour) => new()
    {
        IsAntialias = true,
        Shader = SKShader.CreateRadialGradient(
            centre, radius, [colour, colour.WithAlpha(0)], [0f, 1f], SKShaderTileMode.Clamp),
    };
}
