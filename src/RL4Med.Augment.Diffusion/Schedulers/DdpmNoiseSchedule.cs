using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Schedulers;

/// <summary>
/// The forward (noising) process q(x_t | x_0) = N(sqrt(abar_t) x_0, (1 - abar_t) I) with Stable Diffusion's
/// "scaled linear" betas: beta = linspace(sqrt(start), sqrt(end), T)^2, alpha = 1 - beta, abar_t = prod_{s &lt;= t} alpha_s.
/// Coefficients are computed in double precision and cast to the images' type when used.
/// </summary>
public sealed class DdpmNoiseSchedule
{
    /// <summary>Training timesteps T of the default schedule.</summary>
    public const int DefaultTrainSteps = 1000;

    /// <summary>First beta of the default schedule (Stable Diffusion's).</summary>
    public const double DefaultBetaStart = 0.00085;

    /// <summary>Last beta of the default schedule (Stable Diffusion's).</summary>
    public const double DefaultBetaEnd = 0.012;

    private readonly double[] betas;
    private readonly double[] alphasCumprod;

    /// <summary>Creates the schedule with <paramref name="trainSteps"/> steps from <paramref name="betaStart"/> to <paramref name="betaEnd"/>.</summary>
    public DdpmNoiseSchedule(int trainSteps = DefaultTrainSteps, double betaStart = DefaultBetaStart, double betaEnd = DefaultBetaEnd)
    {
        if (trainSteps < 2) throw new ArgumentOutOfRangeException(nameof(trainSteps), trainSteps, "Needs at least two timesteps.");
        if (betaStart <= 0 || betaEnd >= 1 || betaStart > betaEnd)
            throw new ArgumentException($"Betas must satisfy 0 < start <= end < 1; got {betaStart} and {betaEnd}.");
        betas = new double[trainSteps];
        alphasCumprod = new double[trainSteps];
        var (rootStart, rootEnd) = (Math.Sqrt(betaStart), Math.Sqrt(betaEnd));
        var product = 1.0;
        for (var t = 0; t < trainSteps; t++)
        {
            var root = rootStart + (rootEnd - rootStart) * t / (trainSteps - 1);
            betas[t] = root * root;
            product *= 1 - betas[t];
            alphasCumprod[t] = product;
        }
    }

    /// <summary>Creates the schedule of <paramref name="options"/>.</summary>
    public DdpmNoiseSchedule(NoiseScheduleOptions options) : this(options.TrainSteps, options.BetaStart, options.BetaEnd)
    {
    }

    /// <summary>Number of training timesteps T; valid timesteps are 0..T-1.</summary>
    public int TrainSteps => betas.Length;

    /// <summary>beta_t for t = 0..T-1.</summary>
    public IReadOnlyList<double> Betas => betas;

    /// <summary>abar_t = prod_{s &lt;= t} (1 - beta_s) for t = 0..T-1.</summary>
    public IReadOnlyList<double> AlphasCumprod => alphasCumprod;

    /// <summary>
    /// Samples x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) noise for images <paramref name="cleanImages"/> [B, ...],
    /// standard normal <paramref name="noise"/> of the same shape and integer <paramref name="timesteps"/> [B].
    /// </summary>
    public Tensor AddNoise(Tensor cleanImages, Tensor noise, Tensor timesteps)
    {
        var signal = PerSample(timesteps, t => Math.Sqrt(alphasCumprod[t]), cleanImages);
        var noiseScale = PerSample(timesteps, t => Math.Sqrt(1 - alphasCumprod[t]), cleanImages);
        return signal * cleanImages + noiseScale * noise;
    }

    /// <summary>
    /// Evaluates <paramref name="coefficient"/> at each sample's timestep and shapes the result [B, 1, ..., 1] to
    /// broadcast against <paramref name="like"/>, in its type and on its device.
    /// </summary>
    internal static Tensor PerSample(Tensor timesteps, Func<int, double> coefficient, Tensor like)
    {
        var values = TimestepsOnHost(timesteps).Select(t => coefficient(checked((int)t))).ToArray();
        var shape = new long[like.dim()];
        Array.Fill(shape, 1L);
        shape[0] = values.Length;
        return torch.tensor(values, shape, dtype: ScalarType.Float64).to(like.dtype).to(like.device);
    }

    /// <summary>Copies integer timesteps [B] to the host (a sync, but only B numbers).</summary>
    internal static long[] TimestepsOnHost(Tensor timesteps)
    {
        if (timesteps.dim() != 1) throw new ArgumentException($"Timesteps must be a 1-D tensor, got shape [{string.Join(", ", timesteps.shape)}].", nameof(timesteps));
        using var onHost = timesteps.to(ScalarType.Int64).cpu();
        return onHost.data<long>().ToArray();
    }
}
