namespace RL4Med.Augment.Data.Demo;

/// <summary>The true attributes of one demo lesion photograph: what the renderer draws and what a label file would say.</summary>
/// <param name="Diagnosis">One of the <see cref="DemoDiagnosis"/> codes (<c>mel</c>, <c>nv</c>, <c>bkl</c>).</param>
/// <param name="SkinType">Fitzpatrick skin type, 1 (very fair) to 6 (very dark).</param>
/// <param name="DarkCorner">Dermoscope vignette: the round field of view leaves the image corners black.</param>
/// <param name="Hair">Dark hair strands cross the image.</param>
/// <param name="GelBubble">Air bubbles in the immersion gel.</param>
/// <param name="Ruler">A ruler with tick marks lies along one image edge.</param>
/// <param name="Ink">Purple or blue surgical skin-marker lines or dots near the lesion.</param>
/// <param name="Site">Anatomic site in HAM10000 spelling, e.g. <c>back</c> or <c>lower extremity</c>.</param>
/// <param name="Sex"><c>male</c> or <c>female</c>.</param>
/// <param name="Age">Patient age in years, in steps of five as in HAM10000.</param>
public sealed record DemoCase(
    string Diagnosis,
    int SkinType,
    bool DarkCorner,
    bool Hair,
    bool GelBubble,
    bool Ruler,
    bool Ink,
    string Site,
    string Sex,
    int Age);
