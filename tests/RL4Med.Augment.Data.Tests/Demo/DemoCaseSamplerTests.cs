using RL4Med.Augment.Data.Demo;

namespace RL4Med.Augment.Data.Tests.Demo;

public sealed class DemoCaseSamplerTests
{
    private const int LargeSample = 20_000;
    private const int DemoSetSize = 3_000;

    private static List<DemoCase> Draw(int seed, int count)
    {
        var sampler = new DemoCaseSampler(seed);
        return Enumerable.Range(0, count).Select(_ => sampler.Next()).ToList();
    }

    // Four binomial standard errors: a fixed-seed draw stays well inside, a wrong constant does not.
    private static void AssertRate(double expected, int hits, int total)
    {
        var tolerance = 4.0 * Math.Sqrt(expected * (1.0 - expected) / total);
        var actual = (double)hits / total;
        Assert.InRange(actual, expected - tolerance, expected + tolerance);
    }

    [Fact]
    public void SameSeedGivesSameSequence()
    {
        Assert.Equal(Draw(seed: 7, count: 200), Draw(seed: 7, count: 200));
        Assert.NotEqual(Draw(seed: 7, count: 200), Draw(seed: 8, count: 200));
    }

    [Fact]
    public void AnInkRateChangesOnlyTheInkFlags()
    {
        var natural = Draw(seed: 3, LargeSample);
        var sampler = new DemoCaseSampler(3, inkRate: 0.4);
        var boosted = Enumerable.Range(0, LargeSample).Select(_ => sampler.Next()).ToList();

        AssertRate(0.4, boosted.Count(c => c.Ink), LargeSample);
        AssertRate(0.4, boosted.Count(c => c.Ink && c.Diagnosis == DemoDiagnosis.Melanoma), boosted.Count(c => c.Diagnosis == DemoDiagnosis.Melanoma));
        Assert.Equal(natural.Select(c => c with { Ink = false }), boosted.Select(c => c with { Ink = false }));
    }

    [Fact]
    public void DiagnosisMixFollowsConstants()
    {
        var cases = Draw(seed: 1, LargeSample);
        var melanocytic = cases.Where(c => c.Diagnosis != DemoDiagnosis.BenignKeratosis).ToList();

        AssertRate(DemoCaseFrequencies.BenignKeratosisShare, cases.Count(c => c.Diagnosis == DemoDiagnosis.BenignKeratosis), cases.Count);
        AssertRate(DemoCaseFrequencies.MelanomaShareOfMelanocytic, melanocytic.Count(c => c.Diagnosis == DemoDiagnosis.Melanoma), melanocytic.Count);
    }

    [Fact]
    public void ArtifactRatesOverMelanocyticImagesFollowConstants()
    {
        var melanocytic = Draw(seed: 2, LargeSample).Where(c => c.Diagnosis != DemoDiagnosis.BenignKeratosis).ToList();

        AssertRate(DemoCaseFrequencies.Hair, melanocytic.Count(c => c.Hair), melanocytic.Count);
        AssertRate(DemoCaseFrequencies.GelBubble, melanocytic.Count(c => c.GelBubble), melanocytic.Count);
        AssertRate(DemoCaseFrequencies.Ruler, melanocytic.Count(c => c.Ruler), melanocytic.Count);
        AssertRate(DemoCaseFrequencies.Ink, melanocytic.Count(c => c.Ink), melanocytic.Count);
        AssertRate(DemoCaseFrequencies.DarkCorner, melanocytic.Count(c => c.DarkCorner), melanocytic.Count);
    }

    [Fact]
    public void MelanomaIsMeasuredAndMarkedMoreOftenThanNevus()
    {
        var cases = Draw(seed: 3, 3 * LargeSample); // ink is rare: a larger sample keeps the comparison clear of noise
        var melanoma = cases.Where(c => c.Diagnosis == DemoDiagnosis.Melanoma).ToList();
        var nevus = cases.Where(c => c.Diagnosis == DemoDiagnosis.Nevus).ToList();

        AssertRate(DemoCaseFrequencies.Ruler * DemoCaseFrequencies.MelanomaRulerRisk, melanoma.Count(c => c.Ruler), melanoma.Count);
        Assert.True(melanoma.Count(c => c.Ruler) / (double)melanoma.Count > 1.5 * nevus.Count(c => c.Ruler) / nevus.Count);
        Assert.True(melanoma.Count(c => c.Ink) / (double)melanoma.Count > nevus.Count(c => c.Ink) / (double)nevus.Count);
    }

    [Fact]
    public void SkinTypesFollowConstants()
    {
        var cases = Draw(seed: 4, LargeSample);
        for (var skinType = 1; skinType <= 6; skinType++)
        {
            AssertRate(DemoCaseFrequencies.SkinTypes[skinType - 1], cases.Count(c => c.SkinType == skinType), cases.Count);
        }
    }

    [Fact]
    public void DemoSetHasRareButPresentMelanomaInkCell()
    {
        var melanomaWithInk = Draw(seed: 2019, DemoSetSize).Count(c => c.Diagnosis == DemoDiagnosis.Melanoma && c.Ink);

        Assert.InRange(melanomaWithInk, 1, 19);
    }

    [Fact]
    public void MelanomaInkCellIsRareInExpectation()
    {
        var expectedInDemoSet = DemoSetSize * Draw(seed: 6, 3 * LargeSample)
            .Count(c => c.Diagnosis == DemoDiagnosis.Melanoma && c.Ink) / (3.0 * LargeSample);

        Assert.InRange(expectedInDemoSet, 3.0, 16.0);
    }

    [Fact]
    public void DemoSetHasSeveralRareDiagnosisArtifactCells()
    {
        var cells = Draw(seed: 2019, DemoSetSize)
            .GroupBy(c => (c.Diagnosis, c.Hair, c.GelBubble, c.Ruler, c.Ink))
            .Select(group => group.Count());

        Assert.True(cells.Count(count => count is >= 1 and < 20) >= 5);
    }

    [Fact]
    public void AttributesStayInTheirDomains()
    {
        var sites = DemoCaseFrequencies.Sites.Select(site => site.Site).ToHashSet();
        foreach (var lesion in Draw(seed: 5, count: 2_000))
        {
            Assert.Contains(lesion.Diagnosis, DemoDiagnosis.All);
            Assert.InRange(lesion.SkinType, 1, 6);
            Assert.Contains(lesion.Site, sites);
            Assert.True(lesion.Sex is "male" or "female");
            Assert.InRange(lesion.Age, 5, 85);
            Assert.Equal(0, lesion.Age % 5);
        }
    }
}
