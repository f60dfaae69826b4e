using RL4Med.Augment.Diffusion.Autoencoders;
using System.Diagnostics;
using TorchSharp;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Prompts;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Diffusion.Training;
using RL4Med.Augment.Torch.Devices;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Benchmarks;

/// <summary>Measures training and sampling throughput of the generator on random data (for the CLI's benchmark command).</summary>
public static class GeneratorBenchmark
{
    private static readonly string[] Prompts =
    {
        "a dermoscopic image of melanoma showing hair, ruler",
        "a dermoscopic image of melanoma with no visible artifacts",
        "a dermoscopic image of nevus showing hair",
        "a dermoscopic image of nevus with no visible artifacts",
    };

    /// <summary>Runs the benchmark; takes roughly (warm-up + measured) training steps plus two sampling runs.</summary>
    public static GeneratorBenchmarkResult Run(GeneratorBenchmarkOptions options)
    {
        if (options.Threads > 0)
            torch.set_num_threads(options.Threads);
        var device = DeviceChoice.Resolve(options.Device);
        var modelOptions = options.Model ?? new GeneratorModelOptions { ImageSize = options.ImageSize };
        var tokenizer = PromptTokenizer.Build(Prompts);
        var matmulGflops = MatmulGflopsPerSecond(options.MatmulSize, device);

        var trainingOptions = new GeneratorTrainingOptions
        {
            Steps = options.WarmupSteps + options.MeasuredSteps,
            BatchSize = options.TrainBatchSize,
            Device = options.Device,
        };
        var latent = options.Autoencoder is { } autoencoder ? new LatentSpace(new Autoencoder(autoencoder), 1.0) : null;
        using var trainer = GeneratorTrainer.Create(modelOptions, trainingOptions, tokenizer, latent);
        var forwardFlops = FlopCounter.GeneratorForwardPerImage(trainer.Model);
        var decodeFlops = trainer.Latent is { } space ? FlopCounter.DecodePerImage(space.Autoencoder, modelOptions.ImageSize) : 0;

        var timer = new Stopwatch();
        trainer.Train(RandomExamples(Math.Max(options.TrainBatchSize, Prompts.Length), modelOptions), progress =>
        {
            if (progress.Step == options.WarmupSteps)
                timer.Restart();
        });
        var stepSeconds = timer.Elapsed.TotalSeconds / options.MeasuredSteps;
        var trainingImagesPerSecond = options.TrainBatchSize / stepSeconds;

        var sampler = new DdimSampler(trainer.EmaModel, tokenizer, trainer.Latent);
        var prompts = Enumerable.Range(0, options.SampleBatchSize).Select(i => Prompts[i % Prompts.Length]).ToArray();
        var sampling = new SamplingOptions { Steps = options.SampleSteps, GuidanceScale = options.GuidanceScale };
        using (sampler.Sample(prompts, sampling with { Steps = 1 })) { } // warm-up
        timer.Restart();
        using (sampler.Sample(prompts, sampling)) { }
        var samplingImagesPerSecond = options.SampleBatchSize / timer.Elapsed.TotalSeconds;

        var trainingGflops = trainingImagesPerSecond * 3 * forwardFlops / 1e9;
        return new GeneratorBenchmarkResult(
            modelOptions.ImageSize * (trainer.Latent?.DownsamplingFactor ?? 1),
            torch.get_num_threads(),
            trainer.Model.parameters().Sum(p => p.numel()),
            forwardFlops / 1e9,
            options.TrainBatchSize,
            stepSeconds,
            trainingImagesPerSecond,
            trainingGflops,
            samplingImagesPerSecond,
            samplingImagesPerSecond * (options.SampleSteps * 2 * forwardFlops + decodeFlops) / 1e9,
            matmulGflops,
            trainingGflops / matmulGflops,
            Process.GetCurrentProcess().PeakWorkingSet64,
            trainer.Latent is not null,
            decodeFlops / 1e9);
    }

    /// <summary>GFLOP/s of an n x n x n float32 matrix product (best of several runs after a warm-up).</summary>
    public static double MatmulGflopsPerSecond(int size, Device device)
    {
        using var scope = torch.NewDisposeScope();
        var a = torch.randn(new long[] { size, size }, device: device);
        var b = torch.randn(new long[] { size, size }, device: device);
        var best = double.MaxValue;
        for (var run = 0; run < 6; run++)
        {
            var timer = Stopwatch.StartNew();
            using var product = a.matmul(b);
            product.sum().item<float>(); // waits for asynchronous devices
            best = Math.Min(best, timer.Elapsed.TotalSeconds);
        }
        return 2.0 * size * size * size / best / 1e9;
    }

    private static GeneratorExample[] RandomExamples(int count, GeneratorModelOptions model)
    {
        var random = new Random(0);
        var length = model.ImageChannels * model.ImageSize * model.ImageSize;
        return Enumerable.Range(0, count)
            .Select(i => new GeneratorExample(
                Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray(),
                Prompts[i % Prompts.Length]))
            .ToArray();
    }
}
