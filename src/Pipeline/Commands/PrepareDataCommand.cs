using System.ComponentModel;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Pipeline.Console;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>prepare-data</c>: import or render the images, validate, split by lesion, write the manifest and the subgroup counts.</summary>
[Description("Import (or render the demo) images, check them, split by lesion and write the manifest and subgroup counts.")]
public sealed class PrepareDataCommand : Command<RunSettings>
{
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        var preparer = new DatasetPreparer(config, RunSettings.WorkingDirectory, settings.DataRoot);
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
                prepared = preparer.Prepare(progress);
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
        return 0;
    }
}
