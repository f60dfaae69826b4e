using System.ComponentModel;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Evaluation;
using RL4Med.Augment.Runs.Layout;
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
        Evaluate(config, RunSettings.LayoutOf(config), settings.Device);
        return 0;
    }

    /// <summary>Evaluates unless every trained generator was evaluated with these settings.</summary>
    internal static void EvaluateUnlessComplete(RunConfiguration config, RunLayout layout, string device)
    {
        if (new EvaluateGeneratorStage(config, layout).IsComplete)
            AnsiConsole.MarkupLineInterpolated($"evaluate-generator: complete with these settings ({layout.Evaluation}).");
        else
            Evaluate(config, layout, device);
    }

    /// <summary>Evaluates every trained generator and prints the tables.</summary>
    internal static void Evaluate(RunConfiguration config, RunLayout layout, string device)
    {
        var result = AnsiConsole.Status().Start("Sampling and judging...", status =>
            new EvaluateGeneratorStage(config, layout).Run(device, line => status.Status($"Sampling and judging: {Markup.Escape(line)}")));
        AnsiConsole.Write(new Markup(Markup.Escape(EvaluateGeneratorStage.Markdown(result))));
        AnsiConsole.MarkupLineInterpolated($"Wrote {Path.Combine(layout.Evaluation, GeneratorEvaluationTables.FileName)} (and .md, grids/, model cards)");
    }
}
