namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// Draws demo cases with the joint frequencies of <see cref="DemoCaseFrequencies"/>. Deterministic:
/// the same seed gives the same sequence of cases on every run and platform.
/// </summary>
public sealed class DemoCaseSampler
{
    private readonly Random rng;
    private readonly double? inkRate;
    private readonly int totalSiteCount = DemoCaseFrequencies.Sites.Sum(site => site.Count);

    /// <summary>
    /// Creates a sampler whose sequence is fixed by <paramref name="seed"/>; <paramref name="inkRate"/> replaces the ink
    /// frequencies when set (the draws stay the same, so only ink flags change).
    /// </summary>
    public DemoCaseSampler(int seed, double? inkRate = null)
    {
        rng = new Random(seed);
        this.inkRate = inkRate;
    }

    /// <summary>Draws the next case.</summary>
    public DemoCase Next()
    {
        // Fixed draw order: changing it would change every sequence.
        var diagnosis = NextDiagnosis();
        var skinType = NextSkinType();
        var darkCorner = rng.Chance(ArtifactRate(diagnosis, DemoCaseFrequencies.DarkCorner, DemoCaseFrequencies.MelanomaDarkCornerRisk, keratosisRisk: 1.0));
        var hair = rng.Chance(DemoCaseFrequencies.Hair);
        var gelBubble = rng.Chance(DemoCaseFrequencies.GelBubble);
        var ruler = rng.Chance(ArtifactRate(diagnosis, DemoCaseFrequencies.Ruler, DemoCaseFrequencies.MelanomaRulerRisk, DemoCaseFrequencies.KeratosisRulerRisk));
        var ink = rng.Chance(inkRate ?? ArtifactRate(diagnosis, DemoCaseFrequencies.Ink, DemoCaseFrequencies.MelanomaInkRisk, DemoCaseFrequencies.KeratosisInkRisk));
        var site = NextSite();
        var sex = rng.Chance(DemoCaseFrequencies.Male) ? "male" : "female";
        var age = NextAge(diagnosis);
        return new DemoCase(diagnosis, skinType, darkCorner, hair, gelBubble, ruler, ink, site, sex, age);
    }

    private string NextDiagnosis()
    {
        if (rng.Chance(DemoCaseFrequencies.BenignKeratosisShare))
        {
            return DemoDiagnosis.BenignKeratosis;
        }

        return rng.Chance(DemoCaseFrequencies.MelanomaShareOfMelanocytic) ? DemoDiagnosis.Melanoma : DemoDiagnosis.Nevus;
    }

    private int NextSkinType()
    {
        var draw = rng.NextDouble();
        var cumulative = 0.0;
        for (var index = 0; index < DemoCaseFrequencies.SkinTypes.Count; index++)
        {
            cumulative += DemoCaseFrequencies.SkinTypes[index];
            if (draw < cumulative)
            {
                return index + 1;
            }
        }

        return DemoCaseFrequencies.SkinTypes.Count; // rounding of the cumulative sum
    }

    private string NextSite()
    {
        var draw = rng.Next(totalSiteCount);
        foreach (var (site, count) in DemoCaseFrequencies.Sites)
        {
            if (draw < count)
            {
                return site;
            }

            draw -= count;
        }

        throw new InvalidOperationException("Site weights do not cover the draw.");
    }

    private int NextAge(string diagnosis)
    {
        var mean = diagnosis switch
        {
            DemoDiagnosis.Melanoma => DemoCaseFrequencies.MelanomaMeanAge,
            DemoDiagnosis.Nevus => DemoCaseFrequencies.NevusMeanAge,
            _ => DemoCaseFrequencies.KeratosisMeanAge,
        };
        var age = mean + DemoCaseFrequencies.AgeStandardDeviation * rng.Gaussian();
        return (int)Math.Clamp(Math.Round(age / 5.0) * 5.0, 5.0, 85.0); // HAM10000 ages are 5-year steps up to 85
    }

    /// <summary>
    /// Rate of an artifact given the diagnosis. Nevus gets the rate that keeps the mel+nv marginal at
    /// <paramref name="melanocyticRate"/> while melanoma has <paramref name="melanomaRisk"/> times it.
    /// </summary>
    private static double ArtifactRate(string diagnosis, double melanocyticRate, double melanomaRisk, double keratosisRisk)
    {
        const double melanomaShare = DemoCaseFrequencies.MelanomaShareOfMelanocytic;
        return diagnosis switch
        {
            DemoDiagnosis.Melanoma => melanocyticRate * melanomaRisk,
            DemoDiagnosis.Nevus => melanocyticRate * (1.0 - melanomaShare * melanomaRisk) / (1.0 - melanomaShare),
            _ => melanocyticRate * keratosisRisk,
        };
    }
}
