using System.ComponentModel;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Preparation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>prepare-data</c>: import or render the images, validate, split by lesion, write the manifest and the subgroup counts.</summary>
[Description("Import (or render the demo) images, check them, split by lesion and write the manifest and subgroup counts.")]
public sealed class PrepareDataCommand : Command<RunSettings>
{
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        Prepare(settings.LoadConfig(), settings.DataRoot);
        return 0;
    }

    /// <summary>Prepares the data unless its manifest is complete with these settings.</summary>
    internal static void PrepareUnlessComplete(RunConfiguration config, string dataRoot)
    {
        var layout = RunSettings.LayoutOf(config);
        if (new PrepareDataStage(config, layout, RunSettings.WorkingDirectory, dataRoot).IsComplete)
            AnsiConsole.MarkupLineInterpolated($"prepare-data: complete with these settings ({layout.Manifest}).");
        else
            Prepare(config, dataRoot);
    }

    /// <summary>Prepares the configured data under one progress display and prints the split and subgroup tables.</summary>
    internal static void Prepare(RunConfiguration config, string dataRoot)
    {
        var stage = new PrepareDataStage(config, RunSettings.LayoutOf(config), RunSettings.WorkingDirectory, dataRoot);
        PreparedDataset prepared = null!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new SynchronousProgress<PreparationProgress>(p =>
                {
                    lock (tasks)
                    {
                        if (!tasks.TryGetValue(p.Stage, out var task)) tasks[p.Stage] = task = ctx.AddTask(p.Stage, maxValue: p.Total);
                        task.Value = Math.Max(task.Value, p.Done);
                    }
                });
                prepared = stage.Run(progress);
            });

        var manifest = prepared.Manifest;
        var import = prepared.Import;
        string kept = string.Join(", ", config.Dataset.KeptDiagnoses);
        string annotated = string.IsNullOrEmpty(config.Dataset.Files.Annotations) || config.Dataset.Source == "demo"
            ? "" : $", {import.KeptAnnotated} of them with annotations (the rest: unknown)";
        AnsiConsole.MarkupLineInterpolated(
            $"Read {import.RowsRead} images of {import.GroupsRead} lesions; kept {import.Samples.Count} ({kept}){annotated}.");
        AnsiConsole.Write(SubgroupTableView.Splits(manifest));
        AnsiConsole.Write(SubgroupTableView.Subgroups(prepared.Counts));
        int lesions = manifest.Rows.Select(r => r.GroupId).Distinct().Count();
        int under = prepared.Counts.UnderRepresented.Count();
        AnsiConsole.MarkupLineInterpolated(
            $"Wrote [bold]{manifest.Path}[/]: {manifest.Rows.Count} images, {lesions} lesions, {under} under-represented subgroups; counts in {prepared.CountsPath}");
    }
}
