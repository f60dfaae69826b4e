using System.Text.Json;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.IO;

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
        return JsonSerializer.Deserialize<RewardValidationReport>(File.ReadAllText(path), JsonFormats.Readable)
            ?? throw new InvalidDataException($"{path} is empty");
    }

    /// <summary>Writes the report into <paramref name="folder"/>, atomically.</summary>
    public void Write(string folder) =>
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, JsonFormats.Readable));
}
