using RL4Med.Augment.Rewards.Checkpoints;
using TorchSharp;

namespace RL4Med.Augment.Rewards.RewardModels;

/// <summary>
/// The reward stage's two classifiers: the reward model, which scores images during DDPO, and the evaluator, which
/// measures the generator afterwards. A stage folder holds <c>reward/</c>, <c>evaluator/</c> and <c>validation.json</c>.
/// </summary>
public sealed class RewardModelPair : IDisposable
{
    /// <summary>Subfolder of the reward model.</summary>
    public const string RewardFolderName = "reward";

    /// <summary>Subfolder of the evaluator.</summary>
    public const string EvaluatorFolderName = "evaluator";

    /// <summary>Takes ownership of both classifiers.</summary>
    public RewardModelPair(TrainedAttributeClassifier reward, TrainedAttributeClassifier evaluator)
    {
        Reward = reward;
        Evaluator = evaluator;
    }

    /// <summary>The classifier DDPO optimises against.</summary>
    public TrainedAttributeClassifier Reward { get; }

    /// <summary>The independent classifier that measures the generator.</summary>
    public TrainedAttributeClassifier Evaluator { get; }

    /// <summary>Whether <paramref name="folder"/> holds a finished reward stage, so a run can skip it.</summary>
    public static bool IsComplete(string folder) =>
        TrainedAttributeClassifier.IsComplete(Path.Combine(folder, RewardFolderName))
        && TrainedAttributeClassifier.IsComplete(Path.Combine(folder, EvaluatorFolderName))
        && File.Exists(Path.Combine(folder, RewardValidationReport.FileName));

    /// <summary>Loads both classifiers of the stage folder onto <paramref name="device"/> (the CPU when null).</summary>
    public static RewardModelPair Load(string folder, torch.Device? device = null)
    {
        if (!IsComplete(folder)) throw new FileNotFoundException($"{folder} holds no complete reward stage (reward/, evaluator/, {RewardValidationReport.FileName})");
        var reward = TrainedAttributeClassifier.Load(Path.Combine(folder, RewardFolderName), device);
        try
        {
            return new RewardModelPair(reward, TrainedAttributeClassifier.Load(Path.Combine(folder, EvaluatorFolderName), device));
        }
        catch
        {
            reward.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Reward.Dispose();
        Evaluator.Dispose();
    }
}
