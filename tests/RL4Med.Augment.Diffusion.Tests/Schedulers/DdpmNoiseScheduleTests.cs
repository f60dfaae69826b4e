using RL4Med.Augment.Diffusion.Schedulers;
using TorchSharp;

namespace RL4Med.Augment.Diffusion.Tests.Schedulers;

public class DdpmNoiseScheduleTests
{
    [Fact]
    public void ScaledLinearBetasHaveStableDiffusionEndpointsAndCumulativeProducts()
    {
        var schedule = new DdpmNoiseSchedule();

        Assert.Equal(1000, schedule.TrainSteps);
        Assert.Equal(0.00085, schedule.Betas[0], 12);
        Assert.Equal(0.012, schedule.Betas[999], 12);
        // Middle entry: the square of the midpoint of the square roots (t = 499.5 lies between 499 and 500).
        var root = Math.Sqrt(0.00085) + (Math.Sqrt(0.012) - Math.Sqrt(0.00085)) * 500 / 999;
        Assert.Equal(root * root, schedule.Betas[500], 12);

        var product = 1.0;
        for (var t = 0; t < 1000; t++)
        {
            product *= 1 - schedule.Betas[t];
            Assert.Equal(product, schedule.AlphasCumprod[t], 12);
        }
        Assert.Equal(1 - 0.00085, schedule.AlphasCumprod[0], 12);
        // Known value of Stable Diffusion's schedule: abar_999 = 0.0047 (to 4 digits).
        Assert.Equal(0.0047, schedule.AlphasCumprod[999], 4);
    }

    [Fact]
    public void NoisingHasTheForwardProcessMeanAndVariance()
    {
        var schedule = new DdpmNoiseSchedule();
        const int samples = 20_000;
        const int t = 400;
        var generator = new torch.Generator(11);
        using var clean = torch.linspace(-1, 1, 12).reshape(1, 3, 2, 2).expand(samples, 3, 2, 2);
        using var noise = torch.randn(new long[] { samples, 3, 2, 2 }, generator: generator);
        using var timesteps = torch.full(samples, t, torch.ScalarType.Int64);

        using var noisy = schedule.AddNoise(clean, noise, timesteps);

        var abar = schedule.AlphasCumprod[t];
        var mean = noisy.mean(new long[] { 0 }).data<float>().ToArray();
        var variance = noisy.var(0).data<float>().ToArray();
        var expectedMean = clean[0].data<float>().ToArray().Select(x => Math.Sqrt(abar) * x).ToArray();
        var meanTolerance = 5 * Math.Sqrt((1 - abar) / samples);
        var varianceTolerance = 5 * (1 - abar) * Math.Sqrt(2.0 / samples);
        for (var i = 0; i < 12; i++)
        {
            Assert.InRange(mean[i], expectedMean[i] - meanTolerance, expectedMean[i] + meanTolerance);
            Assert.InRange(variance[i], 1 - abar - varianceTolerance, 1 - abar + varianceTolerance);
        }
    }

    [Fact]
    public void EachSampleUsesItsOwnTimestep()
    {
        var schedule = new DdpmNoiseSchedule();
        using var clean = torch.ones(2, 1, 1, 1);
        using var noise = torch.zeros(2, 1, 1, 1);
        using var timesteps = torch.tensor(new long[] { 0, 999 });

        using var noisy = schedule.AddNoise(clean, noise, timesteps);

        Assert.Equal(Math.Sqrt(schedule.AlphasCumprod[0]), noisy[0].item<float>(), 6);
        Assert.Equal(Math.Sqrt(schedule.AlphasCumprod[999]), noisy[1].item<float>(), 6);
    }
}
