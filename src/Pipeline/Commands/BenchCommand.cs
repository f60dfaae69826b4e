using System.ComponentModel;
using RL4Med.Augment.Diffusion.Benchmarks;
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
        [Description("Image sizes to measure (repeatable). Default: 32 and 64.")]
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
            .AddColumns("size", "GFLOP/image", "train img/s", "train GFLOP/s", "matmul GFLOP/s", "share", "sample img/s (50 steps, guided)", "peak memory",
                "ResNet-18 featurise img/s");
        foreach (int size in settings.Sizes.Length > 0 ? settings.Sizes : new[] { 32, 64 })
        {
            // The configured model at each size: a 64 px run of a 32 px configuration keeps its widths.
            var model = config.Generator.Model with { ImageSize = size };
            AnsiConsole.MarkupLineInterpolated($"Measuring {size} px...");
            var result = GeneratorBenchmark.Run(new GeneratorBenchmarkOptions
            {
                ImageSize = size,
                Model = model,
                TrainBatchSize = settings.Batch ?? config.Generator.Pretrain.BatchSize,
                MeasuredSteps = settings.Steps,
                GuidanceScale = config.Generator.Sampling.GuidanceScale,
                Device = settings.Device,
            });
            // Every image is resized to 224 px first: the size changes only the cost of the resize.
            double featurised = ResNet18Benchmark.ImagesPerSecond(size);
            table.AddRow($"{size}", $"{result.ForwardGflopPerImage:F2}", $"{result.TrainingImagesPerSecond:F1}", $"{result.TrainingGflopsPerSecond:F0}",
                $"{result.MatmulGflopsPerSecond:F0}", $"{result.TrainingShareOfMatmul:P0}", $"{result.SamplingImagesPerSecond:F2}",
                $"{result.PeakWorkingSetBytes / (1024.0 * 1024 * 1024):F2} GiB", $"{featurised:F1}");
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
