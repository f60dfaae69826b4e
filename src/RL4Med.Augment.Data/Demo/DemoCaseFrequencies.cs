namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// The frequencies <see cref="DemoCaseSampler"/> draws from. Diagnosis mix and artifact rates follow the
/// ISIC-2019 melanoma/nevus artifact annotations this project works with; demographics and
/// sites follow the HAM10000 metadata (rounded). Artifact rates are over mel+nv images; melanoma gets
/// a relative risk, nevus the rate that keeps the mel+nv marginal, bkl its own relative risk.
/// </summary>
public static class DemoCaseFrequencies
{
    // ---- Diagnosis mix -------------------------------------------------------------------------

    /// <summary>Melanoma share among mel+nv images (ISIC-2019 mel/nv artifact-annotated subset).</summary>
    public const double MelanomaShareOfMelanocytic = 0.225;

    /// <summary>Share of bkl among all demo images; HAM10000 has 11% bkl.</summary>
    public const double BenignKeratosisShare = 0.12;

    // ---- Artifact rates over mel+nv (ISIC-2019 artifact annotations) ----------------------------

    /// <summary>Images with hair.</summary>
    public const double Hair = 0.379;

    /// <summary>Images with gel bubbles.</summary>
    public const double GelBubble = 0.107;

    /// <summary>Images with a ruler.</summary>
    public const double Ruler = 0.136;

    /// <summary>Images with surgical ink marking.</summary>
    public const double Ink = 0.016;

    /// <summary>Images with a dermoscope dark-corner vignette.</summary>
    public const double DarkCorner = 0.15;

    // ---- Diagnosis / artifact correlation (relative risk against the mel+nv rate) --------------
    // Kept mild so that melanoma with ink stays a rare cell: about 12 of 3,000 images.
    // Melanomas are photographed before excision: measured (ruler) and marked (ink) more often, and
    // more often taken with older contact dermoscopes (dark corners). Hair and gel do not depend on
    // the diagnosis. bkl is rarely excised, so it is rarely measured or marked.

    /// <summary>Ruler rate of melanoma relative to the mel+nv rate.</summary>
    public const double MelanomaRulerRisk = 1.6;

    /// <summary>Ink rate of melanoma relative to the mel+nv rate.</summary>
    public const double MelanomaInkRisk = 1.25;

    /// <summary>Dark-corner rate of melanoma relative to the mel+nv rate.</summary>
    public const double MelanomaDarkCornerRisk = 1.3;

    /// <summary>Ruler rate of bkl relative to the mel+nv rate.</summary>
    public const double KeratosisRulerRisk = 0.7;

    /// <summary>Ink rate of bkl relative to the mel+nv rate.</summary>
    public const double KeratosisInkRisk = 0.5;

    // ---- Fitzpatrick skin types ----------------------------------------------------------------
    // Dermoscopy archives (ISIC, HAM10000) come mostly from fair-skinned European and Australian
    // cohorts; dark tones are rare. Illustrative shares, they sum to 1.

    /// <summary>Fitzpatrick I.</summary>
    public const double SkinTypeI = 0.15;

    /// <summary>Fitzpatrick II.</summary>
    public const double SkinTypeII = 0.40;

    /// <summary>Fitzpatrick III.</summary>
    public const double SkinTypeIII = 0.28;

    /// <summary>Fitzpatrick IV.</summary>
    public const double SkinTypeIV = 0.11;

    /// <summary>Fitzpatrick V.</summary>
    public const double SkinTypeV = 0.04;

    /// <summary>Fitzpatrick VI.</summary>
    public const double SkinTypeVI = 0.02;

    /// <summary>Skin-type shares indexed by type - 1.</summary>
    public static IReadOnlyList<double> SkinTypes { get; } =
        [SkinTypeI, SkinTypeII, SkinTypeIII, SkinTypeIV, SkinTypeV, SkinTypeVI];

    // ---- Demographics (HAM10000 metadata, rounded) ---------------------------------------------

    /// <summary>Share of male patients (HAM10000: 5,406 male, 4,552 female).</summary>
    public const double Male = 0.54;

    /// <summary>Mean age of melanoma patients.</summary>
    public const double MelanomaMeanAge = 61;

    /// <summary>Mean age of nevus patients.</summary>
    public const double NevusMeanAge = 47;

    /// <summary>Mean age of bkl patients.</summary>
    public const double KeratosisMeanAge = 63;

    /// <summary>Age spread within a diagnosis.</summary>
    public const double AgeStandardDeviation = 15;

    /// <summary>
    /// Anatomic sites and their HAM10000 image counts (the ten most common named sites; unknown,
    /// genital and acral left out). Sampling weight is the count.
    /// </summary>
    public static IReadOnlyList<(string Site, int Count)> Sites { get; } =
    [
        ("back", 2192),
        ("lower extremity", 2077),
        ("trunk", 1404),
        ("upper extremity", 1118),
        ("abdomen", 1022),
        ("face", 745),
        ("chest", 407),
        ("foot", 319),
        ("neck", 168),
        ("scalp", 128),
    ];
}
