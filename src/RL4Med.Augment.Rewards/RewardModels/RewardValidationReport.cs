using System.Text.Json;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Rewards.Evaluation;

namespace RL4Med.Augment.Rewards.RewardModels;

/// <summary>The reward stage's <c>validation.json</c>: how each model was trained and how well it reads the validation images.</summary>
/// <param name="Data">Which training images each model saw.</param>
/// <param name="Reward">The reward model.</param>
/// <param name="Evaluator">The evaluator.</param>
public sealed record RewardValidationReport(EvaluatorData Data, ModelValidation Reward, ModelValidation Evaluator)
{
    /// <summary>File name in the stage folder; written last, so its presence marks a complete stage.</summary>
    public const string FileName = "validation.json";

    /// <summary>Reads the report of the stage folder <paramref name="folder"/>.</summary>
    public static RewardValidationReport Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        return JsonSerializer.Deserialize<RewardValidationReport>(File.ReadAllText(path), PipelineConfigLoader.JsonOptions)
            ?? throw new InvalidDataException($"{path} is empty");
    }

    /// <summary>Writes the report into <paramref name="folder"/>, atomically.</summary>
    public void Write(string folder) =>
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, PipelineConfigLoader.JsonOptions));
}

/// <summary>One model of the pair: its distinguishing settings, its training data and its validation scores.</summary>
/// <param name="Seed">Seed of weights, data order and augmentation.</param>
/// <param name="Widths">Backbone stage widths.</param>
/// <param name="TrainImages">Training images.</param>
/// <param name="TrainLesions">Distinct lesions (group ids) among them.</param>
/// <param name="TrainingSeconds">Wall-clock training time.</param>
/// <param name="Heads">Accuracy and balanced accuracy per head on the validation split (known labels only).</param>
public sealed record ModelValidation(int Seed, int[] Widths, int TrainImages, int TrainLesions, double TrainingSeconds, IReadOnlyList<HeadScore> Heads);
