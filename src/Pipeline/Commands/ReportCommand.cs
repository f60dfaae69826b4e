using System.ComponentModel;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Reports;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>report</c>: accuracy and fairness per subgroup for every trained arm, with bootstrap intervals.</summary>
[Description("Write the per-subgroup accuracy and fairness report (report.html, report.md, report.json) from the arms' test predictions, or score the saved arms on an external test set (--test-data).")]
public sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public sealed class Settings : RunSettings
    {
        [CommandOption("--test-data <CONFIG_FOLDER_OR_MANIFEST>")]
        [Description("An external test set: a data configuration (JSON with name, dataset, images; prepared here when needed, files relative to --data-root), a folder laid out as --config's dataset expects its data root (e.g. another HAM10000 part: HAM10000_metadata.csv, images, annotations; prepared into runs/<name>/external/<folder name>/) or a prepared manifest.csv. Every image in it is scored by every saved arm; the report goes to runs/<name>/external/<test set>/report/.")]
        public string? TestData { get; init; }

        [CommandOption("--seeds <N>")]
        [Description("Report on N classifier seeds (as trained by run/train-classifier --seeds N). Default: the configuration's 'seeds' (1).")]
        public int? Seeds { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig(settings.Seeds);
        using var stage = new ReportStage(config, RunSettings.LayoutOf(config), File.ReadAllText(settings.Config), settings.TestData, settings.StageOptions());
        StageView.Run(stage, cancellationToken);
        return 0;
    }
}
