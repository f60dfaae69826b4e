using RL4Med.Augment.Runs.Stages;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Rewards.RewardModels;
using RL4Med.Augment.Rewards.Training;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;

namespace RL4Med.Augment.Runs.Generation;

/// <summary>
/// Stage <c>reward</c>: trains the reward model (the classifier DDPO's reward asks) and the evaluator (another
/// seed and width, trained on the other half of the training lesions), so that generators are judged by a
/// model they never learned to please. Writes validation accuracy per head to <c>validation.json</c>.
/// </summary>
public sealed class RewardStage(RunConfig config, RunLayout layout, StageOptions? options = null) : IRunStage
{
    /// <inheritdoc />
    public string Name => "reward";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [layout.Manifest];

    /// <summary>The classifiers train in minutes and keep no checkpoint: a cancelled run trains them again.</summary>
    public bool StopsAtCheckpoint => false;

    /// <inheritdoc />
    public StageOutcome Run(IStageProgress progress, CancellationToken cancellation) =>
        StageOutcome.Finished(Run((options ?? new()).Device, (model, p) => progress.Update(p.Epoch, p.Epochs,
            $"{model}  epoch {p.Epoch}/{p.Epochs}  loss {p.Loss:F4}  {p.ImagesPerSecond:F0} img/s" + StageStatus.Retries(p.NonFiniteRetries))));

    private RewardModelPairOptions Options(string device) => config.Reward with
    {
        Reward = config.Reward.Reward with { Seed = config.Seed, Device = device },
    };

    private object Settings => new { config.Seed, Data = FileHash.Of(layout.Manifest), config.Images.Size, config.Dataset.Attributes, Reward = Options("") };

    /// <summary>Whether both classifiers exist and were trained with these settings.</summary>
    public bool IsComplete => File.Exists(layout.Manifest) && RewardModelPair.IsComplete(layout.Reward) && StageMarker.Matches(layout.Reward, Settings);

    /// <summary>Trains both classifiers; returns the validation report.</summary>
    public RewardValidationReport Run(string device, Action<string, AttributeTrainingProgress>? progress = null)
    {
        var manifest = ManifestCsv.Read(layout.RequireManifest());
        StageMarker.Clear(layout.Reward);
        using var pair = RewardModelPairTrainer.Train(config, manifest, layout.Reward, Options(device), progress,
            featureCachePath: layout.ResNet18FeatureCache);
        StageMarker.Write(layout.Reward, Settings);
        return RewardValidationReport.Read(layout.Reward);
    }
}
