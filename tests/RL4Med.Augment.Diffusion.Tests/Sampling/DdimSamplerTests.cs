using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Diffusion.Schedulers;
using RL4Med.Augment.Diffusion.Tests.Support;
using TorchSharp;

namespace RL4Med.Augment.Diffusion.Tests.Sampling;

/// <summary>
/// The tiny model's output layer starts at zero, so these tests first perturb every weight: otherwise the
/// predicted noise is 0 for all prompts and guidance would be untestable.
/// </summary>
public sealed class DdimSamplerTests : IDisposable
{
    private static readonly string[] Prompts = { TinyGenerator.Prompts[0], TinyGenerator.Prompts[3] };
    private readonly DiffusionGenerator model = TinyGenerator.Model();
    private readonly DdimSampler sampler;

    public DdimSamplerTests()
    {
        using (torch.no_grad())
        {
            var generator = new torch.Generator(17);
            foreach (var parameter in model.parameters())
                parameter.add_(torch.randn(parameter.shape, generator: generator).mul_(0.05));
        }
        sampler = new DdimSampler(model, TinyGenerator.Tokenizer());
    }

    [Fact]
    public void SameSeedGivesTheSameImagesAndOtherSeedsDiffer()
    {
        var options = new SamplingOptions { Steps = 5, Eta = 1.0, Seed = 4 };

        using var first = sampler.Sample(Prompts, options);
        using var second = sampler.Sample(Prompts, options);
        using var other = sampler.Sample(Prompts, options with { Seed = 5 });

        Assert.Equal(new long[] { 2, 3, 16, 16 }, first.Images.shape);
        Assert.True(first.Images.Equals(second.Images));
        Assert.False(first.Images.Equals(other.Images));
        Assert.InRange(first.Images.min().item<float>(), -1f, 1f);
        Assert.InRange(first.Images.max().item<float>(), -1f, 1f);
    }

    [Fact]
    public void EtaZeroSamplingIsDeterministicGivenTheStartingNoise()
    {
        // With eta = 0 the trajectory is a function of the starting noise alone: recomputing it step by step with
        // the scheduler (no generator at all) gives the same latents.
        var options = new SamplingOptions { Steps = 4, Eta = 0, Seed = 8, RecordTrajectory = true };
        using var result = sampler.Sample(Prompts, options);
        var trajectory = result.Trajectory!;
        Assert.Null(trajectory.LogProbs);

        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        var scheduler = new DdimScheduler(new DdpmNoiseSchedule(), options.Steps, eta: 0);
        var text = sampler.EncodePromptPairs(Prompts);
        var sample = trajectory.Latents[.., 0];
        for (var i = 0; i < options.Steps; i++)
        {
            var timesteps = torch.full(2, trajectory.Timesteps[i], torch.ScalarType.Int64);
            var noise = sampler.PredictGuidedNoise(sample, timesteps, text, options.GuidanceScale);
            sample = scheduler.Step(sample, noise, timesteps).PreviousSample;
            Assert.True(torch.allclose(trajectory.Latents[.., i + 1], sample, atol: 1e-5));
        }
    }

    [Fact]
    public void RecordedLogProbsAreTheSchedulerDensitiesOfTheRecordedLatents()
    {
        var options = new SamplingOptions { Steps = 3, Eta = 1.0, Seed = 2, RecordTrajectory = true };

        using var result = sampler.Sample(Prompts, options);

        var trajectory = result.Trajectory!;
        Assert.Equal(new long[] { 2, 4, 3, 16, 16 }, trajectory.Latents.shape);
        Assert.Equal(new long[] { 2, 3 }, trajectory.LogProbs!.shape);
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        var scheduler = new DdimScheduler(new DdpmNoiseSchedule(), options.Steps, eta: 1.0);
        var text = sampler.EncodePromptPairs(Prompts);
        for (var i = 0; i < options.Steps; i++)
        {
            var timesteps = torch.full(2, trajectory.Timesteps[i], torch.ScalarType.Int64);
            var current = trajectory.Latents[.., i];
            var noise = sampler.PredictGuidedNoise(current, timesteps, text, options.GuidanceScale);
            var logProb = scheduler.LogProb(current, noise, timesteps, trajectory.Latents[.., i + 1]);
            Assert.True(torch.allclose(trajectory.LogProbs[.., i], logProb, rtol: 1e-4, atol: 1e-4));
        }
    }

    [Fact]
    public void GuidanceScaleOneIsThePlainConditionalPrediction()
    {
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        model.eval();
        var sample = torch.randn(2, 3, 16, 16);
        var timesteps = torch.tensor(new long[] { 700, 300 });
        var tokens = TinyGenerator.Tokenizer().EncodeBatch(Prompts);

        var guided = sampler.PredictGuidedNoise(sample, timesteps, sampler.EncodePromptPairs(Prompts), guidanceScale: 1.0);
        var conditional = model.call(sample, timesteps, tokens);
        var unconditional = model.call(sample, timesteps, torch.zeros_like(tokens));

        Assert.True(torch.allclose(conditional, guided, rtol: 1e-4, atol: 1e-5));
        Assert.False(torch.allclose(conditional, unconditional, rtol: 1e-3, atol: 1e-4)); // the prompt matters
        var unguided = sampler.PredictGuidedNoise(sample, timesteps, sampler.EncodePromptPairs(Prompts), guidanceScale: 0.0);
        Assert.True(torch.allclose(unconditional, unguided, rtol: 1e-4, atol: 1e-5));
    }

    [Fact]
    public void WithPerImageSeedsAndAFixedBatchAnImageIsTheSameAloneOrInABatch()
    {
        var options = new SamplingOptions { Steps = 4, Eta = 1.0, PadToBatchSize = 3, RecordTrajectory = true };
        string[] batchPrompts = { TinyGenerator.Prompts[0], TinyGenerator.Prompts[3], TinyGenerator.Prompts[1] };

        using var batch = sampler.Sample(batchPrompts, options with { Seeds = new long[] { 11, 12, 13 } });
        using var alone = sampler.Sample(new[] { TinyGenerator.Prompts[3] }, options with { Seeds = new long[] { 12 } });
        using var reordered = sampler.Sample(batchPrompts.Reverse().ToArray(), options with { Seeds = new long[] { 13, 12, 11 } });

        Assert.Equal(new long[] { 1, 3, 16, 16 }, alone.Images.shape);
        Assert.Equal(new long[] { 1, 5, 3, 16, 16 }, alone.Trajectory!.Latents.shape);
        Assert.True(batch.Images[1..2].Equals(alone.Images));
        Assert.True(batch.Trajectory!.LogProbs![1..2].Equals(alone.Trajectory.LogProbs!));
        Assert.True(batch.Images[1..2].Equals(reordered.Images[1..2]));
        Assert.True(batch.Images[0..1].Equals(reordered.Images[2..3]));
        Assert.False(batch.Images[0].Equals(batch.Images[2])); // other seeds, other images
    }

    [Fact]
    public void WithPerImageSeedsAloneAnImageMatchesItsBatchUpToKernelRounding()
    {
        var options = new SamplingOptions { Steps = 4, Eta = 1.0 };

        using var batch = sampler.Sample(Prompts, options with { Seeds = new long[] { 21, 22 } });
        using var alone = sampler.Sample(new[] { Prompts[1] }, options with { Seeds = new long[] { 22 } });

        Assert.True(torch.allclose(batch.Images[1..2], alone.Images, rtol: 0, atol: 1e-4));
    }

    [Fact]
    public void WithoutPerImageSeedsTheBatchSharesOneGeneratorAsBefore()
    {
        // The starting noise of the shared-seed path is one draw of the whole batch shape from Seed's generator.
        using var result = sampler.Sample(Prompts, new SamplingOptions { Steps = 2, Seed = 9, RecordTrajectory = true });
        using var generator = new torch.Generator(9);
        using var expected = torch.randn(new long[] { 2, 3, 16, 16 }, generator: generator);

        Assert.True(result.Trajectory!.Latents[.., 0].Equals(expected));
    }

    [Fact]
    public void PerImageSeedsAndTheFixedBatchMustFitThePrompts()
    {
        var seeds = Assert.Throws<ArgumentException>(() => sampler.Sample(Prompts, new SamplingOptions { Steps = 2, Seeds = new long[] { 1 } }));
        var batch = Assert.Throws<ArgumentException>(() => sampler.Sample(Prompts, new SamplingOptions { Steps = 2, PadToBatchSize = 1 }));

        Assert.Contains("1 seeds for 2 prompts", seeds.Message);
        Assert.Contains("2 prompts do not fit the fixed batch of 1 images", batch.Message);
    }

    [Fact]
    public void SamplingRestoresTheTrainingFlag()
    {
        model.train();

        using var result = sampler.Sample(Prompts, new SamplingOptions { Steps = 2 });

        Assert.True(model.training);
    }

    public void Dispose() => model.Dispose();
}
