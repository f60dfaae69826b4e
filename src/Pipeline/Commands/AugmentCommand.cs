using RL4Med.Augment.Runs.Stages;
using System.ComponentModel;
using RL4Med.Augment.Augmentation;
using RL4Med.Augment.Augmentation.Generation;
using RL4Med.Augment.Augmentation.Output;
using RL4Med.Augment.Augmentation.Planning;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Augmenting;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;
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
        [Description("Images per generator batch (default: augment.batchSize of the configuration). The images depend on it in their last bits: keep it when resuming or sharding.")]
        public int? BatchSize { get; init; }

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
            if (BatchSize is < 1) return ValidationResult.Error("--batch-size must be at least 1");
            if (Shard != null && Merge != null) return ValidationResult.Error("--shard and --merge exclude each other");
            if (Shard != null && ShardPart == null) return ValidationResult.Error($"--shard '{Shard}' must be K/N with 0 <= K < N, e.g. 0/4");
            if (Merge is < 1) return ValidationResult.Error("--merge must be at least 1");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        using var stage = new AugmentStage(config, RunSettings.LayoutOf(config), settings.Generator, settings.Device, settings.BatchSize);
        AnsiConsole.Write(PlanTable(stage.Augmenter.Plan));
        if (settings.PlanOnly) return 0;
        if (settings.Merge is int shards)
            StageResultView.Show(stage.Merge(shards));
        else if (settings.ShardPart is var (shard, count))
        {
            WithProgress(stage, progress => stage.Augmenter.Shard(shard, count, progress));
            AnsiConsole.MarkupLineInterpolated($"Shard {settings.Shard} complete. When every shard is, run augment --merge {count}.");
        }
        else
            StageView.Run(stage, cancellationToken);
        return 0;
    }

    // Shards and merges are the augment command's own: run has one machine.
    private static void WithProgress(AugmentStage stage, Action<IProgress<AugmentationProgress>> body) =>
        ForegroundProgress.Run(stage.Name, bar =>
        {
            body(new SynchronousProgress<AugmentationProgress>(p => bar.Update(p.Done, p.Total, stage.Name)));
            return true;
        });

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
}
