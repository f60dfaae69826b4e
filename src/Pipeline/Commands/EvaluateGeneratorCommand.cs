using System.ComponentModel;
using RL4Med.Augment.Runs.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>evaluate-generator</c>: how well each trained generator shows what its prompts ask for, judged by the evaluator.</summary>
[Description("Judge every trained generator with the independent evaluator: APR, diagnosis and attribute accuracy and diversity per subgroup prompt (rare ones marked), Frechet distance per diagnosis; grids and model cards.")]
public sealed class EvaluateGeneratorCommand : Command<TorchSettings>
{
    public override int Execute(CommandContext context, TorchSettings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        var layout = RunSettings.LayoutOf(config);
        var result = AnsiConsole.Status().Start("Sampling and judging...", status =>
            new EvaluateGeneratorStage(config, layout).Run(settings.Device, line => status.Status($"Sampling and judging: {Markup.Escape(line)}")));
        AnsiConsole.Write(new Markup(Markup.Escape(EvaluateGeneratorStage.Markdown(result))));
        AnsiConsole.MarkupLineInterpolated($"Wrote {Path.Combine(layout.Evaluation, "generator_evaluation.json")} (and .md, grids/, model cards)");
        return 0;
    }
}
