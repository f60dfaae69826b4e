using System.ComponentModel;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Benchmarks;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Pretrained.Benchmarks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>bench</c>: generator training and sampling throughput against a plain matrix product, and ResNet-18 featurisation throughput.</summary>
[Description("Measure generator training and sampling speed (images/s, GFLOP/s next to a matmul, peak memory) with the configuration's model, and ResNet-18 featurisation images/s.")]
public sealed class BenchCommand : Command<BenchCommand.Settings>
{
    public sealed class Settings : TorchSettings
    {
        [CommandOption("--size <PIXELS>")]
        [Description("Output image sizes to measure (repeatable). Default: images.size of a latent configuration, else 32 and 64.")]
        public int[] Sizes { get; init; } = Array.Empty<int>();

        [CommandOption("--batch <N>")]
        [Description("Training batch size. Default: the configuration's pretraining batch size.")]
        public int? Batch { get; init; }

        [CommandOption("--steps <N>")]
        [Description("Timed training steps per size.")]
        [DefaultValue(5)]
        public int Steps { get; init; } = 5;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        var table = new Table().Title("Generator and ResNet-18 throughput (run alone on an idle machine for meaningful numbers)")
            .AddColumns("size", "space", "U-Net GFLOP/image", "train img/s", "train GFLOP/s", "matmul GFLOP/s", "train share", "sample img/s (50 steps, guided)", "sample share", "peak memory",
                "ResNet-18 featurise img/s");
        var speedUps = new List<string>();
        foreach (int size in settings.Sizes.Length > 0 ? settings.Sizes : config.Generator.Autoencoder is null ? new[] { 32, 64 } : new[] { config.Images.Size })
        {
            // The configured widths at each size, on pixels and (for a latent configuration) on its autoencoder's latents.
            var pixel = Measure(settings, config, size, config.Generator.Model with { ImageSize = size, ImageChannels = 3 }, null, table);
            if (config.Generator.Autoencoder is not { } autoencoder) continue;
            if (size % autoencoder.Model.DownsamplingFactor != 0)
                throw new InputDataException($"--size {size}: not divisible by the autoencoder's downsampling factor {autoencoder.Model.DownsamplingFactor}", settings.Config);
            var latentModel = config.Generator.Model with { ImageSize = size / autoencoder.Model.DownsamplingFactor, ImageChannels = autoencoder.Model.LatentChannels };
            var latent = Measure(settings, config, size, latentModel, autoencoder.Model, table);
            speedUps.Add($"{size} px: latent generation trains {latent.TrainingImagesPerSecond / pixel.TrainingImagesPerSecond:F1}x and samples " +
                         $"{latent.SamplingImagesPerSecond / pixel.SamplingImagesPerSecond:F1}x as many images per second as pixel generation");
        }
        AnsiConsole.Write(table);
        speedUps.ForEach(line => AnsiConsole.WriteLine(line));
        return 0;
    }

    private static GeneratorBenchmarkResult Measure(Settings settings, RunConfig config, int size, GeneratorModelOptions model, AutoencoderOptions? autoencoder, Table table)
    {
        string space = autoencoder is null ? "pixel" : "latent";
        AnsiConsole.MarkupLineInterpolated($"Measuring {size} px, {space}...");
        var result = GeneratorBenchmark.Run(new GeneratorBenchmarkOptions
        {
            ImageSize = size,
            Model = model,
            Autoencoder = autoencoder,
            TrainBatchSize = settings.Batch ?? config.Generator.Pretrain.BatchSize,
            MeasuredSteps = settings.Steps,
            GuidanceScale = config.Generator.Sampling.GuidanceScale,
            Device = settings.Device,
        });
        // Every image is resized to 224 px first: the size changes only the cost of the resize.
        double featurised = ResNet18Benchmark.ImagesPerSecond(size);
        table.AddRow($"{size}", space, $"{result.ForwardGflopPerImage:F2}", $"{result.TrainingImagesPerSecond:F1}", $"{result.TrainingGflopsPerSecond:F0}",
            $"{result.MatmulGflopsPerSecond:F0}", $"{result.TrainingShareOfMatmul:P0}", $"{result.SamplingImagesPerSecond:F2}",
            $"{result.SamplingGflopsPerSecond / result.MatmulGflopsPerSecond:P0}",
            $"{result.PeakWorkingSetBytes / (1024.0 * 1024 * 1024):F2} GiB", $"{featurised:F1}");
        return result;
    }
}
