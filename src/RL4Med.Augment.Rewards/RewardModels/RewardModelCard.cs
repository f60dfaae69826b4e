using System.Globalization;
using System.Text;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;

namespace RL4Med.Augment.Rewards.RewardModels;

/// <summary>
/// The reward stage's <c>model_card.md</c>: for the reward model and the evaluator, what each sees images through,
/// what it learned from, how well it reads the validation images, and what the two have in common.
/// </summary>
public static class RewardModelCard
{
    /// <summary>File name in the stage folder.</summary>
    public const string FileName = "model_card.md";

    /// <summary>The card's Markdown.</summary>
    public static string Markdown(RewardValidationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("# Reward model and evaluator").AppendLine();
        text.AppendLine(Shared(report)).AppendLine();
        foreach (var (name, model) in new[] { ("Reward model (DDPO's reward, augment's filter)", report.Reward), ("Evaluator (judges generators)", report.Evaluator) })
        {
            text.AppendLine($"## {name}").AppendLine();
            text.AppendLine(Invariant($"{Describe(model)}; seed {model.Seed}; {model.TrainImages} training images of {model.TrainLesions} lesions; trained in {model.TrainingSeconds:F0} s.")).AppendLine();
            text.AppendLine("| head | validation images | accuracy | balanced accuracy | AUC |").AppendLine("|---|---:|---:|---:|---:|");
            foreach (var head in model.Heads)
                text.AppendLine($"| {head.Name} | {head.Scored} | {Number(head.Accuracy)} | {Number(head.BalancedAccuracy)} | {Number(head.Auc)} |");
            text.AppendLine();
        }
        return text.ToString();
    }

    /// <summary>Writes the card into <paramref name="folder"/>, atomically.</summary>
    public static void Write(string folder, RewardValidationReport report) =>
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), Markdown(report));

    private static string Shared(RewardValidationReport report)
    {
        string data = report.Data == EvaluatorData.DisjointHalves
            ? "They learned from disjoint halves of the training lesions"
            : "They learned from the same training images";
        bool bothFrozen = report.Reward.Backbone == AttributeBackbones.ResNet18 && report.Evaluator.Backbone == AttributeBackbones.ResNet18;
        string backbone = bothFrozen
            ? " and share the frozen ImageNet ResNet-18 (the Microsoft.ML.DnnImageFeaturizer.ResNet18 package's weights) they see images through; nothing trained here is shared: each has its own heads, standardisation and seed."
            : " and share no weights: each trained its own network from its own seed.";
        return data + backbone;
    }

    private static string Describe(ModelValidation model) => model.Backbone == AttributeBackbones.ResNet18
        ? "Frozen ImageNet ResNet-18 features (512), standardised, one linear layer per head"
        : $"Residual CNN trained here (stage widths {string.Join(", ", model.Widths)}), mean- and max-pooled, one linear layer per head";

    private static string Number(double? value) => value is double v ? v.ToString("F3", CultureInfo.InvariantCulture) : "n/a";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
