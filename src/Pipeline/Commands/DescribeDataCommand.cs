using System.ComponentModel;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Pipeline.Console;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>describe-data</c>: the split and subgroup tables of a prepared manifest.</summary>
[Description("Show the split and subgroup tables of the manifest that prepare-data wrote.")]
public sealed class DescribeDataCommand : Command<DescribeDataCommand.Settings>
{
    public sealed class Settings : RunSettings
    {
        [CommandOption("--by <SPEC>")]
        [Description("Group by other attributes than the configuration's subgroups, e.g. \"sex x age_band\".")]
        public string? By { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        string path = DatasetPreparer.ManifestPathOf(config.ResolveRunFolder(RunSettings.WorkingDirectory));
        if (!File.Exists(path)) throw new WorkflowStateException($"no manifest yet: run prepare-data --config {settings.Config} first", path);
        var manifest = ManifestCsv.Read(path);
        SubgroupCountsOrError(manifest, config, settings.By, out var counts);
        AnsiConsole.MarkupLineInterpolated($"[bold]{manifest.Path}[/]: {manifest.Rows.Count} images ({manifest.Rows.Count(r => r.IsSynthetic)} synthetic)");
        AnsiConsole.Write(SubgroupTableView.Splits(manifest));
        AnsiConsole.Write(SubgroupTableView.Subgroups(counts));
        return 0;
    }

    private static void SubgroupCountsOrError(DatasetManifest manifest, Data.Configuration.DataConfig config, string? by, out Data.Subgroups.SubgroupCounts counts)
    {
        try
        {
            counts = DatasetPreparer.CountSubgroups(manifest, config, by);
        }
        catch (ArgumentException e)
        {
            throw new InputDataException($"option '--by': {e.Message}");
        }
    }
}
