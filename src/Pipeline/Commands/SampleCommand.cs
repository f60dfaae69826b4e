using System.ComponentModel;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Prompts;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Torch.Devices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>sample</c>: draw images for a prompt from a trained generator into a captioned grid.</summary>
[Description("Sample images for a prompt from the run's trained generator and write a captioned grid (PNG).")]
public sealed class SampleCommand : Command<SampleCommand.Settings>
{
    public sealed class Settings : TorchSettings
    {
        [CommandOption("-p|--prompt <TEXT>")]
        [Description("What to draw, in the training prompts' words, e.g. \"a dermoscopic image of melanoma showing ink markings on type II skin\". Repeat for several prompts.")]
        public string[] Prompts { get; init; } = Array.Empty<string>();

        [CommandOption("-n|--count <COUNT>")]
        [Description("Images per prompt.")]
        [DefaultValue(16)]
        public int Count { get; init; } = 16;

        [CommandOption("--guidance <SCALE>")]
        [Description("Classifier-free guidance scale (1 = plain conditional). Default: the configuration's.")]
        public double? Guidance { get; init; }

        [CommandOption("--steps <STEPS>")]
        [Description("DDIM steps. Default: the configuration's.")]
        public int? Steps { get; init; }

        [CommandOption("--eta <ETA>")]
        [Description("DDIM eta (0 = deterministic, 1 = DDPM-like). Default: the configuration's.")]
        public double? Eta { get; init; }

        [CommandOption("--seed <SEED>")]
        [Description("Seed of the noise: the same seed gives the same images.")]
        [DefaultValue(1L)]
        public long Seed { get; init; } = 1;

        [CommandOption("--generator <NAME_OR_FILE>")]
        [Description("pretrained or ddpo (the run's trained generators), or a generator file. Default: pretrained.")]
        [DefaultValue("pretrained")]
        public string Generator { get; init; } = "pretrained";

        [CommandOption("-o|--out <FILE>")]
        [Description("Output PNG.")]
        [DefaultValue("grid.png")]
        public string Out { get; init; } = "grid.png";

        public override ValidationResult Validate()
        {
            if (Prompts.Length == 0) return ValidationResult.Error("--prompt is required");
            if (Count is < 1 or > 1024) return ValidationResult.Error("--count must be within 1..1024");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        var layout = RunSettings.LayoutOf(config);
        var device = DeviceChoice.Resolve(settings.Device);
        string path = settings.Generator;
        var finished = layout.FindFinishedGenerators();
        using var generator = finished.TryGetValue(settings.Generator, out var source)
            ? source.Load(device)
            : File.Exists(path) ? TrainedGenerator.Load(path, device)
            : throw new InputDataException(
                $"option '--generator': '{path}' is neither a trained generator of this run ({string.Join(", ", finished.Keys.DefaultIfEmpty("none yet: run train-generator"))}) nor a file");
        var prompts = settings.Prompts.SelectMany(p => Enumerable.Repeat(p, settings.Count)).ToList();
        try
        {
            foreach (string prompt in settings.Prompts) generator.Tokenizer.Encode(prompt);
        }
        catch (UnknownPromptWordException e)
        {
            throw new InputDataException($"option '--prompt': {e.Message}");
        }
        var sampling = config.Generator.Sampling with
        {
            Seed = settings.Seed,
            GuidanceScale = settings.Guidance ?? config.Generator.Sampling.GuidanceScale,
            Steps = settings.Steps ?? config.Generator.Sampling.Steps,
            Eta = settings.Eta ?? config.Generator.Sampling.Eta,
        };
        AnsiConsole.MarkupLineInterpolated($"Sampling {prompts.Count} images ({sampling.Steps} steps)...");
        using var result = generator.CreateSampler().Sample(prompts, sampling);
        ImageGridWriter.Write(settings.Out, result.Images, prompts, new ImageGridOptions { Columns = Math.Min(8, settings.Count) });
        AnsiConsole.MarkupLineInterpolated($"Wrote [bold]{Path.GetFullPath(settings.Out)}[/]: {prompts.Count} images from the {settings.Generator} generator");
        return 0;
    }
}
