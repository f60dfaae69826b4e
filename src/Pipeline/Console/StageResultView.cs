using RL4Med.Augment.Augmentation.Output;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Diffusion.Training;
using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.RewardModels;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Runs.Evaluation;
using RL4Med.Augment.Runs.Reports;
using Spectre.Console;

namespace RL4Med.Augment.Pipeline.Console;

/// <summary>What the terminal shows of each stage's result: tables and the files written.</summary>
public static class StageResultView
{
    /// <summary>Shows <paramref name="result"/> (a stage's <c>StageOutcome.Result</c>).</summary>
    public static void Show(object? result)
    {
        switch (result)
        {
            case PreparedDataset prepared:
                Show(prepared);
                break;
            case RewardValidationReport report:
                var table = new Table().Title("Validation per head: accuracy (balanced accuracy, AUC, images)")
                    .AddColumns("head", $"reward model ({report.Reward.Backbone})", $"evaluator ({report.Evaluator.Backbone})");
                foreach (var head in report.Reward.Heads)
                    table.AddRow(head.Name, Score(head), Score(report.Evaluator.Heads.First(h => h.Name == head.Name)));
                AnsiConsole.Write(table);
                break;
            case GeneratorTrainingResult pretrained:
                AnsiConsole.MarkupLineInterpolated(
                    $"pretrain: step {pretrained.Step}, last loss {pretrained.LastLoss:F4}. Generator: [bold]{pretrained.GeneratorPath}[/]; checkpoint: {pretrained.CheckpointPath}");
                break;
            case DdpoResult tuned:
                var (first, last) = (tuned.History.FirstOrDefault(), tuned.History.LastOrDefault());
                AnsiConsole.MarkupLineInterpolated(
                    $"ddpo: epoch {tuned.Epoch}, reward {first?.RewardMean:F3} (epoch 1) -> {last?.RewardMean:F3} (epoch {last?.Epoch}). Tuned weights: [bold]{tuned.TunedWeightsPath}[/]");
                break;
            case EvaluatedGenerators evaluated:
                AnsiConsole.Write(new Markup(Markup.Escape(EvaluateGeneratorStage.Markdown(evaluated))));
                break;
            case AugmentationResult augmented:
                var summary = augmented.Summary;
                int real = augmented.Manifest.Rows.Count - summary.Kept, reused = summary.Generated - augmented.NewImages;
                AnsiConsole.MarkupLineInterpolated(
                    $"Wrote [bold]{augmented.Manifest.Path}[/]: {real} real training rows and {summary.Kept} synthetic ({augmented.NewImages} generated now, {reused} reused, {summary.Dropped} dropped by the reward filter).");
                break;
            case IReadOnlyList<ArmMetrics> { Count: > 0 } arms:
                var metrics = new Table().Title("Test images (real only)").AddColumns("arm", "accuracy", "balanced accuracy", "log-loss");
                foreach (var arm in arms)
                    metrics.AddRow(arm.Arm, $"{arm.Metrics.MicroAccuracy:F3}", $"{arm.Metrics.MacroAccuracy:F3}", $"{arm.Metrics.LogLoss:F3}");
                AnsiConsole.Write(metrics);
                break;
            case WrittenReport written:
                AnsiConsole.MarkupLineInterpolated($"[bold]{written.Results.Headline.Sentence}[/]");
                foreach (string file in written.Files) AnsiConsole.MarkupLineInterpolated($"Wrote {file}");
                break;
        }
    }

    private static void Show(PreparedDataset prepared)
    {
        var (manifest, import) = (prepared.Manifest, prepared.Import);
        string kept = string.Join(", ", manifest.Rows.Select(r => r.Diagnosis).Distinct().Order(StringComparer.Ordinal));
        string annotated = import.KeptAnnotated == 0 ? "" : $", {import.KeptAnnotated} of them with annotations (the rest: unknown)";
        AnsiConsole.MarkupLineInterpolated($"Read {import.RowsRead} images of {import.GroupsRead} lesions; kept {import.Samples.Count} ({kept}){annotated}.");
        AnsiConsole.Write(SubgroupTableView.Splits(manifest));
        AnsiConsole.Write(SubgroupTableView.Subgroups(prepared.Counts));
        int lesions = manifest.Rows.Select(r => r.GroupId).Distinct().Count();
        AnsiConsole.MarkupLineInterpolated(
            $"Wrote [bold]{manifest.Path}[/]: {manifest.Rows.Count} images, {lesions} lesions, {prepared.Counts.UnderRepresented.Count()} under-represented subgroups; counts in {prepared.CountsPath}");
    }

    private static string Score(HeadScore head) =>
        head.Accuracy is double accuracy
            ? $"{accuracy:F3} (balanced {head.BalancedAccuracy:F3}, AUC {(head.Auc is double auc ? auc.ToString("F3") : "n/a")}, n={head.Scored})"
            : "n/a";
}
