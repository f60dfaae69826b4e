using System.ComponentModel;
using RL4Med.Augment.Pipeline.Console;
using RL4Med.Augment.Runs.Stages;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary><c>evaluate-generator</c>: the evaluator judges every trained generator per subgroup prompt.</summary>
[Description("Judge every trained generator with the independent evaluator: APR, diagnosis and attribute accuracy and diversity per subgroup prompt (rare ones marked), FD (ResNet-18) and FD (evaluator features) to the real training images per diagnosis; grids and model cards.")]
public sealed class EvaluateGeneratorCommand : Command<TorchSettings>
{
    public override int Execute(CommandContext context, TorchSettings settings, CancellationToken cancellationToken)
    {
        var config = settings.LoadConfig();
        var stages = RunStages.InOrder(config, RunSettings.LayoutOf(config), File.ReadAllText(settings.Config), settings.StageOptions());
        using var stage = stages.Named("evaluate-generator").Open();
        StageView.Run(stage, cancellationToken);
        return 0;
    }
}
