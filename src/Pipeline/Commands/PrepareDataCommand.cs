using System.ComponentModel;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Stages;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>prepare-data</c>: import or render the images, validate, split by lesion, write the manifest and the subgroup counts.</summary>
[Description("Import (or render the demo) images, check them, split by lesion and write the manifest and subgroup counts.")]
public sealed class PrepareDataCommand : Command<RunSettings>
{
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        var stages = RunStages.InOrder(config, RunSettings.LayoutOf(config), File.ReadAllText(settings.Config), settings.StageOptions());
        using var stage = stages.Named("prepare-data").Open();
        StageView.Run(stage, cancellationToken);
        return 0;
    }
}
