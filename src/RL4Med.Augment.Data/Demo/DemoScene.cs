using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>What every painter of one render needs to know.</summary>
/// <param name="Case">The lesion's attributes.</param>
/// <param name="Skin">Base skin colour for the Fitzpatrick type.</param>
/// <param name="PigmentScale">Factor on lesion colours so pigment stays darker than darker skin.</param>
/// <param name="LesionRadius">Mean lesion radius in lesion-frame units.</param>
/// <param name="Pixel">One output pixel in image units; the floor for line widths.</param>
/// <param name="View">Framing and lighting of this photograph.</param>
internal sealed record DemoScene(DemoCase Case, SKColor Skin, float PigmentScale, float LesionRadius, float Pixel, DemoView View)
{
    /// <summary>A lesion colour adapted to the skin tone.</summary>
    public SKColor Pigment(SKColor colour) => DemoPalette.Scale(colour, PigmentScale);
}
