using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Diffusion.Tests.Support;
using RL4Med.Augment.TestSupport;
using TorchSharp;

namespace RL4Med.Augment.Diffusion.Tests.Sampling;

public class LatentSamplingTests
{
    [Fact]
    public void ALatentGeneratorSamplesFourChannelLatentsAndDecodesThemOnceIntoImages()
    {
        using var generator = LatentGenerator(scalingFactor: 0.5);
        var prompts = TinyGenerator.Prompts.Take(2).ToArray();
        var options = new SamplingOptions { Steps = 4, Eta = 1.0, GuidanceScale = 3.0, Seed = 9, RecordTrajectory = true };

        using var result = generator.CreateSampler().Sample(prompts, options);

        Assert.Equal(16, generator.OutputImageSize);
        Assert.Equal(new long[] { 2, 5, 4, 8, 8 }, result.Trajectory!.Latents.shape);
        Assert.Equal(new long[] { 2, 3, 16, 16 }, result.Images.shape);
        // The images are the decoding of the last latents, unscaled by the factor.
        using var last = result.Trajectory.Latents[.., -1];
        using var decoded = generator.Latent!.Autoencoder.Decode(last / 0.5).clamp(-1, 1);
        Assert.True(torch.allclose(decoded, result.Images, rtol: 1e-5, atol: 1e-6));
    }

    [Fact]
    public void EachRecordedLatentStepsLogProbabilityIsTheGaussianDensityComputedInDouble()
    {
        using var generator = LatentGenerator(scalingFactor: 1.3);
        var prompts = TinyGenerator.Prompts.Take(2).ToArray();
        var options = new SamplingOptions { Steps = 4, Eta = 1.0, GuidanceScale = 3.0, Seed = 4, RecordTrajectory = true };
        var sampler = generator.CreateSampler();
        using var result = sampler.Sample(prompts, options);
        var trajectory = result.Trajectory!;
        var scheduler = new RL4Med.Augment.Diffusion.Schedulers.DdimScheduler(sampler.Schedule, 4, 1.0);
        var text = sampler.EncodePromptPairs(prompts);

        for (int k = 0; k < 4; k++)
        {
            int t = trajectory.Timesteps[k];
            using var sample = trajectory.Latents[.., k];
            using var noise = sampler.PredictGuidedNoise(sample, torch.full(2, t, torch.ScalarType.Int64), text, 3.0);
            double[] x = Doubles(sample), e = Doubles(noise), next = Doubles(trajectory.Latents[.., k + 1]);
            double abar = scheduler.AlphaCumprod(t), abarPrevious = scheduler.PreviousAlphaCumprod(t), sigma = scheduler.Sigma(t);
            int perSample = 4 * 8 * 8;
            for (int b = 0; b < 2; b++)
            {
                double expected = 0;
                for (int i = b * perSample; i < (b + 1) * perSample; i++)
                {
                    double clean = (x[i] - Math.Sqrt(1 - abar) * e[i]) / Math.Sqrt(abar);
                    double mean = Math.Sqrt(abarPrevious) * clean + Math.Sqrt(Math.Max(0, 1 - abarPrevious - sigma * sigma)) * e[i];
                    expected += -Math.Pow(next[i] - mean, 2) / (2 * sigma * sigma) - Math.Log(sigma) - 0.5 * Math.Log(2 * Math.PI);
                }
                Assert.Equal(expected / perSample, trajectory.LogProbs![b, k].item<float>(), 3);
            }
        }
    }

    [Fact]
    public void AGeneratorFileCarriesItsLatentSpace()
    {
        using var folder = new TemporaryDirectory();
        string path = Path.Combine(folder.Path, "generator.bin");
        using var generator = LatentGenerator(scalingFactor: 0.7);
        generator.Save(path);

        using var loaded = TrainedGenerator.Load(path);
        using var images = torch.rand(1, 3, 16, 16) * 2 - 1;

        Assert.Equal(0.7, loaded.Latent!.ScalingFactor);
        Assert.Equal(generator.Latent!.Autoencoder.Options.Channels, loaded.Latent.Autoencoder.Options.Channels);
        Assert.True(torch.allclose(generator.Latent.Encode(images), loaded.Latent.Encode(images), rtol: 0, atol: 0));
    }

    private static double[] Doubles(torch.Tensor tensor) => tensor.contiguous().data<float>().Select(v => (double)v).ToArray();

    // A tiny generator on 4x8x8 latents of an (untrained) autoencoder of 16 px images.
    private static TrainedGenerator LatentGenerator(double scalingFactor)
    {
        torch.manual_seed(2);
        var tokenizer = TinyGenerator.Tokenizer();
        var model = new DiffusionGenerator(TinyGenerator.Options(imageSize: 8) with { ImageChannels = 4 }, tokenizer.VocabularySize, tokenizer.MaxLength);
        model.eval();
        return new TrainedGenerator(model, tokenizer, 0, new LatentSpace(new Autoencoder(TinyAutoencoder.Options()), scalingFactor));
    }
}
