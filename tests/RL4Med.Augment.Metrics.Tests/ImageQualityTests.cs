using RL4Med.Augment.Metrics.ImageQuality;

namespace RL4Med.Augment.Metrics.Tests;

public class ImageQualityTests
{
    [Fact]
    public void PsnrOfAUniformErrorOfOneTenthOfTheRangeIsTwentyDecibels()
    {
        var original = new float[3 * 4 * 4];
        var shifted = original.Select(v => v + 0.2f).ToArray(); // MSE 0.04 on a range of 2: 10 log10(4 / 0.04)

        Assert.Equal(20.0, PeakSignalToNoiseRatio.Of(original, shifted), 5);
        Assert.Equal(double.PositiveInfinity, PeakSignalToNoiseRatio.Of(original, original));
    }

    [Fact]
    public void SsimOfTwoFlatImagesIsTheLuminanceTermAlone()
    {
        // No variance anywhere: SSIM = (2 a b + C1) / (a^2 + b^2 + C1), C1 = (0.01 * 2)^2.
        var bright = Enumerable.Repeat(0.5f, 16 * 16).ToArray();
        var dimmer = Enumerable.Repeat(0.25f, 16 * 16).ToArray();
        const double c1 = 0.0004;

        Assert.Equal((2 * 0.5 * 0.25 + c1) / (0.25 + 0.0625 + c1), StructuralSimilarity.Of(bright, dimmer, 1, 16), 9);
        Assert.Equal(1.0, StructuralSimilarity.Of(bright, bright, 1, 16), 12);
    }

    [Fact]
    public void SsimOfAnImageAndItsNegativeFollowsTheStructureTerm()
    {
        // One 11 x 11 window; the pattern is +-0.5 with 0 at the centre and odd about it, so both weighted means are 0
        // and var_x = var_y = 0.25 (1 - w_centre), cov = -var_x: SSIM = (C2 - 2 var) / (2 var + C2), C2 = (0.03 * 2)^2.
        const int size = 11;
        var pattern = new float[size * size];
        for (int i = 0; i < pattern.Length; i++)
            pattern[i] = i == pattern.Length / 2 ? 0 : i < pattern.Length / 2 ? 0.5f : -0.5f;
        var negative = pattern.Select(v => -v).ToArray();
        double centreTap = 1 / Enumerable.Range(-5, 11).Sum(k => Math.Exp(-k * k / 4.5));
        double variance = 0.25 * (1 - centreTap * centreTap), c2 = 0.0036;

        Assert.Equal((c2 - 2 * variance) / (2 * variance + c2), StructuralSimilarity.Of(pattern, negative, 1, size), 6);
    }
}
