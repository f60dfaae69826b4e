using RL4Med.Augment.Diffusion.Schedulers;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Tests.Schedulers;

public class DdimSchedulerTests
{
    private static readonly DdpmNoiseSchedule Schedule = new();

    [Fact]
    public void TimestepsUseLeadingSpacingWithTheOffset()
    {
        var scheduler = new DdimScheduler(Schedule, steps: 50);

        Assert.Equal(20, scheduler.StepRatio);
        Assert.Equal(50, scheduler.Timesteps.Count);
        Assert.Equal(981, scheduler.Timesteps[0]);
        Assert.Equal(961, scheduler.Timesteps[1]);
        Assert.Equal(1, scheduler.Timesteps[^1]);
        Assert.Equal(new[] { 980, 960 }, new DdimScheduler(Schedule, 50, stepsOffset: 0).Timesteps.Take(2));
        // Past the first timestep the step lands on abar_0 (set_alpha_to_one = false).
        Assert.Equal(Schedule.AlphasCumprod[0], scheduler.PreviousAlphaCumprod(1));
        Assert.Equal(Schedule.AlphasCumprod[941], scheduler.PreviousAlphaCumprod(961));
    }

    [Theory]
    [InlineData(3)] // pixels
    [InlineData(4)] // a latent generator's latents
    public void StepLogProbabilityIsTheGaussianDensityOfTheNextSampleComputedInDouble(int channels)
    {
        var scheduler = new DdimScheduler(Schedule, steps: 50, eta: 1.0);
        var generator = new torch.Generator(5);
        using var sample = torch.randn(new long[] { 2, channels, 4, 4 }, generator: generator);
        using var noise = torch.randn(new long[] { 2, channels, 4, 4 }, generator: generator);
        using var timesteps = torch.tensor(new long[] { 981, 401 });

        var step = scheduler.Step(sample, noise, timesteps, generator);

        var x = sample.data<float>().ToArray();
        var e = noise.data<float>().ToArray();
        var next = step.PreviousSample.data<float>().ToArray();
        var logProb = step.LogProb!.data<float>().ToArray();
        var perSample = channels * 4 * 4;
        int[] ts = { 981, 401 };
        for (var b = 0; b < 2; b++)
        {
            var abar = Schedule.AlphasCumprod[ts[b]];
            var abarPrevious = Schedule.AlphasCumprod[ts[b] - 20];
            var sigma = Math.Sqrt((1 - abarPrevious) / (1 - abar)) * Math.Sqrt(1 - abar / abarPrevious);
            var expected = 0.0;
            for (var i = b * perSample; i < (b + 1) * perSample; i++)
            {
                var cleanEstimate = (x[i] - Math.Sqrt(1 - abar) * e[i]) / Math.Sqrt(abar);
                var mean = Math.Sqrt(abarPrevious) * cleanEstimate + Math.Sqrt(1 - abarPrevious - sigma * sigma) * e[i];
                expected += -Math.Pow(next[i] - mean, 2) / (2 * sigma * sigma) - Math.Log(sigma) - 0.5 * Math.Log(2 * Math.PI);
            }
            expected /= perSample;
            Assert.Equal(expected, logProb[b], 3);
            Assert.Equal(sigma, step.Sigma[b].item<float>(), 6);
        }
    }

    [Fact]
    public void LogProbOfAGivenNextSampleMatchesTheStep()
    {
        var scheduler = new DdimScheduler(Schedule, steps: 10, eta: 0.7);
        var generator = new torch.Generator(9);
        using var sample = torch.randn(new long[] { 3, 3, 4, 4 }, generator: generator);
        using var noise = torch.randn(new long[] { 3, 3, 4, 4 }, generator: generator);

        var step = scheduler.Step(sample, noise, 501, generator);
        using var logProb = scheduler.LogProb(sample, noise, 501, step.PreviousSample);

        Assert.True(torch.allclose(step.LogProb!, logProb, rtol: 1e-6, atol: 1e-6));
        // A next sample further from the mean is less likely.
        using var shifted = scheduler.LogProb(sample, noise, 501, step.PreviousSample + 0.5);
        Assert.True((shifted < logProb).all().item<bool>());
    }

    [Fact]
    public void EtaZeroIsDeterministicAndHasNoLogProbability()
    {
        var scheduler = new DdimScheduler(Schedule, steps: 50, eta: 0);
        using var sample = torch.randn(2, 3, 4, 4);
        using var noise = torch.randn(2, 3, 4, 4);

        var first = scheduler.Step(sample, noise, 501, new torch.Generator(1));
        var second = scheduler.Step(sample, noise, 501, new torch.Generator(2));

        Assert.True(first.PreviousSample.Equals(second.PreviousSample));
        Assert.Null(first.LogProb);
        Assert.False(first.PreviousSample.isnan().any().item<bool>());
        // The deterministic DDIM update: x_prev = sqrt(abar_prev) x0_hat + sqrt(1 - abar_prev) e.
        var (abar, abarPrevious) = (Schedule.AlphasCumprod[501], Schedule.AlphasCumprod[481]);
        using var expected = Math.Sqrt(abarPrevious) * (sample - Math.Sqrt(1 - abar) * noise) / Math.Sqrt(abar) + Math.Sqrt(1 - abarPrevious) * noise;
        Assert.True(torch.allclose(expected, first.PreviousSample, rtol: 1e-5, atol: 1e-5));
        Assert.Throws<InvalidOperationException>(() => scheduler.LogProb(sample, noise, 501, first.PreviousSample));
    }

    [Fact]
    public void WithEtaOneSigmaIsTheDdpmPosteriorStandardDeviation()
    {
        var scheduler = new DdimScheduler(Schedule, steps: 1000, eta: 1.0, stepsOffset: 0);
        const int t = 500;
        // With consecutive timesteps sigma^2 is DDPM's posterior variance beta_t (1 - abar_{t-1}) / (1 - abar_t).
        var posterior = Schedule.Betas[t] * (1 - Schedule.AlphasCumprod[t - 1]) / (1 - Schedule.AlphasCumprod[t]);
        Assert.Equal(Math.Sqrt(posterior), scheduler.Sigma(t), 12);
    }
}
