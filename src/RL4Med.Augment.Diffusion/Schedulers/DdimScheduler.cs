using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Schedulers;

/// <summary>
/// DDIM reverse steps (Song et al. 2021) over a subset of a <see cref="DdpmNoiseSchedule"/>'s timesteps, with the
/// stochasticity eta, written once for both sampling and the log-probability of a given next image (for DDPO):
/// <code>
/// x0_hat  = (x_t - sqrt(1 - abar_t) e) / sqrt(abar_t)
/// sigma_t = eta sqrt((1 - abar_prev) / (1 - abar_t)) sqrt(1 - abar_t / abar_prev)
/// mu      = sqrt(abar_prev) x0_hat + sqrt(1 - abar_prev - sigma_t^2) e
/// x_prev  = mu + sigma_t z,   z ~ N(0, I)
/// log p   = mean over C, H, W of log N(x_prev; mu, sigma_t^2)
/// </code>
/// The log-probability is a per-pixel mean, not a sum, so that a PPO ratio exp(log p_new - log p_old) stays in range.
/// Timesteps use diffusers' "leading" spacing: ratio = T / steps, t_i = i ratio + offset for i = steps-1..0.
/// The step after the last timestep uses abar_prev = abar_0 (diffusers' <c>set_alpha_to_one = false</c>). With the
/// default offset of 1 (Stable Diffusion's <c>steps_offset</c>, also used by DDPO) the last step runs from t = 1 to
/// abar_0, so every step has sigma &gt; 0 when eta &gt; 0 and a defined log-probability; with offset 0 the last step
/// would be t = 0 -&gt; abar_0, an identity with sigma = 0.
/// </summary>
public sealed class DdimScheduler
{
    private readonly double[] alphasCumprod;

    /// <summary>Creates a scheduler of <paramref name="steps"/> steps over <paramref name="schedule"/>.</summary>
    /// <param name="schedule">The training noise schedule.</param>
    /// <param name="steps">Number of reverse steps (at most the schedule's timesteps).</param>
    /// <param name="eta">0 = deterministic DDIM, 1 = DDPM-like ancestral noise.</param>
    /// <param name="stepsOffset">Added to every timestep; must be below T / steps.</param>
    public DdimScheduler(DdpmNoiseSchedule schedule, int steps = 50, double eta = 0.0, int stepsOffset = 1)
    {
        if (steps < 1 || steps > schedule.TrainSteps)
            throw new ArgumentOutOfRangeException(nameof(steps), steps, $"Steps must be in 1..{schedule.TrainSteps}.");
        if (eta < 0) throw new ArgumentOutOfRangeException(nameof(eta), eta, "eta must not be negative.");
        StepRatio = schedule.TrainSteps / steps;
        if (stepsOffset < 0 || stepsOffset >= StepRatio)
            throw new ArgumentOutOfRangeException(nameof(stepsOffset), stepsOffset, $"The offset must be in 0..{StepRatio - 1} for {steps} steps.");
        alphasCumprod = schedule.AlphasCumprod.ToArray();
        Eta = eta;
        Timesteps = Enumerable.Range(0, steps).Reverse().Select(i => i * StepRatio + stepsOffset).ToArray();
    }

    /// <summary>The timesteps visited, in sampling order (descending).</summary>
    public IReadOnlyList<int> Timesteps { get; }

    /// <summary>Distance between consecutive timesteps.</summary>
    public int StepRatio { get; }

    /// <summary>Stochasticity: sigma_t is eta times the DDPM posterior standard deviation.</summary>
    public double Eta { get; }

    /// <summary>abar_t of a timestep.</summary>
    public double AlphaCumprod(int timestep) => alphasCumprod[timestep];

    /// <summary>abar of the timestep the step from <paramref name="timestep"/> lands on (abar_0 past the start).</summary>
    public double PreviousAlphaCumprod(int timestep)
    {
        var previous = timestep - StepRatio;
        return previous >= 0 ? alphasCumprod[previous] : alphasCumprod[0];
    }

    /// <summary>sigma_t of the step from <paramref name="timestep"/>.</summary>
    public double Sigma(int timestep)
    {
        var (current, previous) = (AlphaCumprod(timestep), PreviousAlphaCumprod(timestep));
        return Eta * Math.Sqrt((1 - previous) / (1 - current)) * Math.Sqrt(1 - current / previous);
    }

    /// <summary>Takes one step from x_t at one <paramref name="timestep"/> shared by the batch.</summary>
    public DdimStepResult Step(Tensor sample, Tensor noisePrediction, int timestep, Generator? generator = null)
    {
        using var timesteps = torch.full(sample.shape[0], timestep, ScalarType.Int64);
        return Step(sample, noisePrediction, timesteps, generator);
    }

    /// <summary>
    /// Takes one step from x_t (<paramref name="sample"/> [B, C, H, W]) given the predicted noise, with one timestep
    /// per sample [B]. The fresh noise z comes from <paramref name="generator"/> (on the host, so that a seed gives the
    /// same images on any device). When every sigma is 0 no noise is drawn and x_prev is mu.
    /// </summary>
    public DdimStepResult Step(Tensor sample, Tensor noisePrediction, Tensor timesteps, Generator? generator = null)
    {
        var (mean, sigma) = Mean(sample, noisePrediction, timesteps);
        var sigmas = DdpmNoiseSchedule.TimestepsOnHost(timesteps).Select(t => Sigma((int)t)).ToArray();
        if (sigmas.All(s => s == 0))
            return new DdimStepResult(mean, null, mean, sigma.flatten());

        using var noise = torch.randn(sample.shape, generator: generator);
        var previous = mean + sigma * noise.to(sample.dtype).to(sample.device);
        var logProb = sigmas.Any(s => s == 0) ? null : GaussianLogProb(previous, mean, sigma);
        return new DdimStepResult(previous, logProb, mean, sigma.flatten());
    }

    /// <summary>
    /// The per-sample log-probability [B] of moving from x_t to the given <paramref name="previousSample"/>, by the same
    /// formula as <see cref="Step(Tensor, Tensor, Tensor, Generator?)"/>; differentiable through <paramref name="noisePrediction"/>.
    /// Throws <see cref="InvalidOperationException"/> where sigma = 0 (eta = 0), as the step then has no density.
    /// </summary>
    public Tensor LogProb(Tensor sample, Tensor noisePrediction, Tensor timesteps, Tensor previousSample)
    {
        var zeroSigma = DdpmNoiseSchedule.TimestepsOnHost(timesteps).Where(t => Sigma((int)t) == 0).ToArray();
        if (zeroSigma.Length > 0)
            throw new InvalidOperationException(
                $"The DDIM step from timestep {zeroSigma[0]} is deterministic (eta = {Eta}), so it has no log-probability. Use eta > 0.");
        var (mean, sigma) = Mean(sample, noisePrediction, timesteps);
        return GaussianLogProb(previousSample, mean, sigma);
    }

    /// <summary>The same for one timestep shared by the batch.</summary>
    public Tensor LogProb(Tensor sample, Tensor noisePrediction, int timestep, Tensor previousSample)
    {
        using var timesteps = torch.full(sample.shape[0], timestep, ScalarType.Int64);
        return LogProb(sample, noisePrediction, timesteps, previousSample);
    }

    // mu and sigma [B, 1, 1, 1] of the step from x_t.
    private (Tensor Mean, Tensor Sigma) Mean(Tensor sample, Tensor noisePrediction, Tensor timesteps)
    {
        Tensor Coefficient(Func<int, double> f) => DdpmNoiseSchedule.PerSample(timesteps, f, sample);

        var sqrtAlpha = Coefficient(t => Math.Sqrt(AlphaCumprod(t)));
        var sqrtOneMinusAlpha = Coefficient(t => Math.Sqrt(1 - AlphaCumprod(t)));
        var sqrtPreviousAlpha = Coefficient(t => Math.Sqrt(PreviousAlphaCumprod(t)));
        // Clamped at 0: 1 - abar_prev - sigma^2 is >= 0 for eta <= 1 but may round below it.
        var noiseDirection = Coefficient(t => Math.Sqrt(Math.Max(0, 1 - PreviousAlphaCumprod(t) - Sigma(t) * Sigma(t))));
        var sigma = Coefficient(Sigma);

        var predictedClean = (sample - sqrtOneMinusAlpha * noisePrediction) / sqrtAlpha;
        return (sqrtPreviousAlpha * predictedClean + noiseDirection * noisePrediction, sigma);
    }

    // Mean over C, H, W of log N(x; mu, sigma^2) = -(x - mu)^2 / (2 sigma^2) - log sigma - log(2 pi) / 2.
    private static Tensor GaussianLogProb(Tensor x, Tensor mean, Tensor sigma)
    {
        var perElement = -(x - mean).square() / (2 * sigma.square()) - sigma.log() - 0.5 * Math.Log(2 * Math.PI);
        return perElement.mean(new long[] { 1, 2, 3 });
    }
}
