using System.ComponentModel;
using RL4Med.Augment.Augmentation;
using RL4Med.Augment.Augmentation.Generation;
using RL4Med.Augment.Augmentation.Output;
using RL4Med.Augment.Augmentation.Planning;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Pipeline.Console;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>augment</c>: synthetic training images for the under-represented subgroups, from one trained generator.</summary>
[Description("Add synthetic training images to the under-represented subgroups with a trained generator: print the plan, generate (resumable, shardable) and write augment/<generator>/synthetic_manifest.csv.")]
public sealed class AugmentCommand : Command<AugmentCommand.Settings>
{
    public sealed class Settings : TorchSettings
    {
        [CommandOption("--generator <NAME>")]
        [Description("The trained generator to sample from, e.g. pretrained.")]
        [DefaultValue("pretrained")]
        public string Generator { get; init; } = "pretrained";

        [CommandOption("--batch-size <N>")]
        [Description("Images per generator batch. The images depend on it in their last bits: keep it when resuming or sharding.")]
        [DefaultValue(32)]
        public int BatchSize { get; init; } = 32;

        [CommandOption("--plan")]
        [Description("Print the plan (images to add per subgroup, with an example prompt) and stop.")]
        public bool PlanOnly { get; init; }

        [CommandOption("--shard <K/N>")]
        [Description("Generate only shard K of N (0-based, e.g. 0/4) into augment/<generator>/shards/K-of-N/. Run every shard (in parallel, or on other machines), then --merge N.")]
        public string? Shard { get; init; }

        [CommandOption("--merge <N>")]
        [Description("Join N finished shards and write the synthetic manifest: the same bytes as an unsharded run.")]
        public int? Merge { get; init; }

        /// <summary>The parsed <c>--shard</c>, or null.</summary>
        public (int Shard, int Count)? ShardPart =>
            Shard?.Split('/') is [var k, var n] && int.TryParse(k, out int shard) && int.TryParse(n, out int count) && shard >= 0 && shard < count
                ? (shard, count) : null;

        public override ValidationResult Validate()
        {
            if (BatchSize < 1) return ValidationResult.Error("--batch-size must be at least 1");
            if (Shard != null && Merge != null) return ValidationResult.Error("--shard and --merge exclude each other");
            if (Shard != null && ShardPart == null) return ValidationResult.Error($"--shard '{Shard}' must be K/N with 0 <= K < N, e.g. 0/4");
            if (Merge is < 1) return ValidationResult.Error("--merge must be at least 1");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        var layout = RunSettings.LayoutOf(config);
        if (!File.Exists(layout.Manifest)) throw new InputDataException($"no manifest yet: run prepare-data --config {settings.Config} first", layout.Manifest);
        if (!layout.Generators.TryGetValue(settings.Generator, out string? generatorPath))
            throw new InputDataException($"option '--generator': no trained '{settings.Generator}' generator yet (trained: " +
                                         $"{string.Join(", ", layout.Generators.Keys.DefaultIfEmpty("none"))}): run train-generator first");
        var options = AugmentSubgroupsEstimator.Options.FromConfig(config);
        options.GeneratorPath = generatorPath;
        options.OutputFolder = layout.Augment(settings.Generator);
        options.Guidance = config.Generator.Sampling.GuidanceScale;
        options.Steps = config.Generator.Sampling.Steps;
        options.Eta = config.Generator.Sampling.Eta;
        options.BatchSize = settings.BatchSize;
        options.Device = settings.Device;
        var augmenter = new SubgroupAugmenter(options, AugmentationInput.RealTrainingRows(ManifestCsv.Read(layout.Manifest)));
        AnsiConsole.Write(PlanTable(augmenter.Plan));
        if (settings.PlanOnly) return 0;

        if (settings.Merge is int shards)
        {
            Report(augmenter.Merge(shards));
            return 0;
        }
        AugmentationResult? result = null;
        // Not resumable in TrainingProgressView's sense: a kill is safe (images are written whole), and rerunning continues.
        TrainingProgressView.Run($"augment {settings.Generator}", view =>
        {
            var progress = new SynchronousProgress<AugmentationProgress>(p =>
                view.Update(p.Done, p.Total, $"augment {settings.Generator}  {p.Done}/{p.Total} images  {p.ImagesPerSecond:F2} img/s"));
            if (settings.ShardPart is var (shard, count)) augmenter.Shard(shard, count, progress);
            else result = augmenter.Run(progress);
        }, resumable: false);
        if (result != null) Report(result);
        else AnsiConsole.MarkupLineInterpolated($"Shard {settings.Shard} complete. When every shard is, run augment --merge {settings.ShardPart!.Value.Count}.");
        return 0;
    }

    private static Table PlanTable(AugmentationPlan plan)
    {
        var table = new Table().Title($"Images to add (subgroups by {plan.Counts.Spec}, {plan.Counts.Rule.Describe()})")
            .AddColumn("subgroup").AddColumn(new TableColumn("real").RightAligned()).AddColumn(new TableColumn("target").RightAligned())
            .AddColumn(new TableColumn("add").RightAligned()).AddColumn("example prompt");
        foreach (var subgroup in plan.Subgroups)
            table.AddRow(Markup.Escape(subgroup.Key.Text), $"{subgroup.Quota.RealTrain}", $"{subgroup.Quota.Target}", $"{subgroup.Quota.Add}",
                Markup.Escape(subgroup.ExamplePrompt));
        return table.Caption($"{plan.Images.Count} images in all");
    }

    private static void Report(AugmentationResult result)
    {
        var summary = result.Summary;
        int real = result.Manifest.Rows.Count - summary.Kept, reused = summary.Generated - result.NewImages;
        AnsiConsole.MarkupLineInterpolated(
            $"Wrote [bold]{result.Manifest.Path}[/]: {real} real training rows and {summary.Kept} synthetic ({result.NewImages} generated now, {reused} reused, {summary.Dropped} dropped by the reward filter).");
    }
}
