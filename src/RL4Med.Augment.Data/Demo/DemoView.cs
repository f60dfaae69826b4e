namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// How one photograph frames the lesion: a second photo of the same lesion differs in these only.
/// Lengths are in image units, where the image spans [-1, 1] on both axes.
/// </summary>
internal sealed record DemoView(
    float OffsetX,
    float OffsetY,
    float RotationDegrees,
    float Zoom,
    float Exposure,
    float RedBalance,
    float BlueBalance,
    float LightAngle,
    float LightStrength,
    float LensFalloff)
{
    /// <summary>Draws a view: small shifts, a moderate rotation and slightly different lighting.</summary>
    public static DemoView Create(Random rng) => new(
        OffsetX: rng.Range(-0.12f, 0.12f),
        OffsetY: rng.Range(-0.12f, 0.12f),
        RotationDegrees: rng.Range(-30f, 30f),
        Zoom: rng.Range(0.92f, 1.08f),
        Exposure: rng.Range(0.93f, 1.07f),
        RedBalance: rng.Range(0.96f, 1.04f),
        BlueBalance: rng.Range(0.95f, 1.05f),
        LightAngle: rng.Angle(),
        LightStrength: rng.Range(0.04f, 0.14f),
        LensFalloff: rng.Range(0.10f, 0.30f));
}
