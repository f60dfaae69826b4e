using RL4Med.Augment.Diffusion.Schedulers;
using RL4Med.Augment.TestSupport;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Tests.Schedulers;

/// <summary>
/// The DDIM step against diffusers' <c>DDIMScheduler.step</c> and ddpo-pytorch's <c>ddim_step_with_logprob</c>,
/// written out in numpy float64 for Stable Diffusion's scheduler config (see tests/Shared/Reference): the first, a
/// middle and the last of 50 steps, eta 0.8. The scheduler runs in the tensors' type, so float64 inputs give
/// float64 results to compare closely.
/// </summary>
public class DdimReferenceTests
{
    private static readonly DdimReference Reference = ReferenceValues.Section<DdimReference>("ddim");

    private static readonly DdimScheduler Scheduler = new(
        new DdpmNoiseSchedule(Reference.TrainSteps, Reference.BetaStart, Reference.BetaEnd),
        Reference.InferenceSteps, Reference.Eta, Reference.StepsOffset);

    [Fact]
    public void TimestepsAndAlphasCumprodAreDiffusersScaledLinearScheduleWithLeadingSpacing()
    {
        Assert.Equal(Reference.Timesteps, Scheduler.Timesteps);
        for (int b = 0; b < Reference.BatchTimesteps.Length; b++)
            Assert.Equal(Reference.AlphasCumprodAtBatchTimesteps[b], Scheduler.AlphaCumprod((int)Reference.BatchTimesteps[b]), 1e-14);
    }

    [Fact]
    public void TheStepsMeanAndSigmaAreDiffusers()
    {
        using var sample = Tensor(Reference.Sample);
        using var noisePrediction = Tensor(Reference.ModelOutput);
        using var timesteps = torch.tensor(Reference.BatchTimesteps);

        var step = Scheduler.Step(sample, noisePrediction, timesteps, new torch.Generator(1));

        AssertClose(Reference.Mean, step.Mean, 1e-12);
        AssertClose(Reference.Sigma, step.Sigma, 1e-14);
    }

    [Fact]
    public void TheLogProbabilityOfDiffusersNextSampleIsDdposPerPixelMean()
    {
        // diffusers' x_prev = mu + sigma z with the recorded z; its log-density, averaged over C, H and W as DDPO does.
        using var sample = Tensor(Reference.Sample);
        using var noisePrediction = Tensor(Reference.ModelOutput);
        using var timesteps = torch.tensor(Reference.BatchTimesteps);
        using var previous = Tensor(Reference.PrevSample);

        using var logProb = Scheduler.LogProb(sample, noisePrediction, timesteps, previous);

        AssertClose(Reference.LogProb, logProb, 1e-12);
    }

    private static Tensor Tensor(double[] values) => torch.tensor(values, Reference.Shape, dtype: ScalarType.Float64);

    private static void AssertClose(double[] expected, Tensor actual, double tolerance)
    {
        var values = actual.to(ScalarType.Float64).data<double>().ToArray();
        Assert.Equal(expected.Length, values.Length);
        for (int i = 0; i < values.Length; i++) Assert.Equal(expected[i], values[i], tolerance);
    }

    private sealed record DdimReference(
        int TrainSteps, double BetaStart, double BetaEnd, int InferenceSteps, int StepsOffset, double Eta,
        int[] Timesteps, long[] Shape, long[] BatchTimesteps, double[] AlphasCumprodAtBatchTimesteps,
        double[] Sample, double[] ModelOutput, double[] Noise, double[] Mean, double[] Sigma, double[] PrevSample, double[] LogProb);
}
