using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Rewards.Checkpoints;
using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Images;
using RL4Med.Augment.Rewards.Training;

namespace RL4Med.Augment.Rewards.RewardModels;

/// <summary>The reward stage: trains the reward model and the evaluator on real training images and writes the stage folder.</summary>
public static class RewardModelPairTrainer
{
    /// <summary>
    /// Trains both classifiers (heads from <paramref name="config"/> and <see cref="AttributeClassifierOptions.Attributes"/>)
    /// on <paramref name="trainRows"/> (default: the manifest's real training rows), scores both on the validation split,
    /// and writes <c>reward/</c>, <c>evaluator/</c>, <c>model_card.md</c> and, last, <c>validation.json</c> into <paramref name="outFolder"/>.
    /// <paramref name="onProgress"/> receives the model's folder name and its epoch report. A frozen backbone keeps its
    /// features in <paramref name="featureCachePath"/> when given.
    /// </summary>
    public static RewardModelPair Train(
        DataConfig config,
        DatasetManifest manifest,
        string outFolder,
        RewardModelPairOptions options,
        Action<string, AttributeTrainingProgress>? onProgress = null,
        IReadOnlyList<ManifestRow>? trainRows = null,
        CancellationToken cancellationToken = default,
        string? featureCachePath = null)
    {
        options.Validate();
        var heads = AttributeHeads.FromConfig(config, options.Reward.Attributes);
        var rows = trainRows ?? manifest.Split(SplitNames.Train).Where(r => !r.IsSynthetic).ToList();
        var validationRows = manifest.Split(SplitNames.Validation);
        var images = LabelledImages.Load(manifest, rows, heads);
        var validation = validationRows.Count > 0 ? LabelledImages.Load(manifest, validationRows, heads) : null;

        var all = Enumerable.Range(0, rows.Count).ToList();
        var halves = options.Data == EvaluatorData.DisjointHalves ? LesionHalves.Split(rows, options.Reward.Seed) : new LesionHalves(all, all);

        Directory.CreateDirectory(outFolder);
        File.Delete(Path.Combine(outFolder, RewardValidationReport.FileName)); // the stage is incomplete until both models are written
        TrainedAttributeClassifier TrainOne(string name, AttributeClassifierOptions modelOptions, IReadOnlyList<int> indices)
        {
            var model = new AttributeClassifierTrainer(modelOptions, featureCachePath).Train(images.Subset(indices), validation,
                progress => onProgress?.Invoke(name, progress), cancellationToken);
            model.Save(Path.Combine(outFolder, name));
            return model;
        }
        ModelValidation Describe(TrainedAttributeClassifier model, IReadOnlyList<int> indices) =>
            new(model.Options.Seed, model.Options.Widths, model.TrainImages, indices.Select(i => rows[i].GroupId).Distinct().Count(),
                model.TrainingTime.TotalSeconds, model.Validation, model.Options.Backbone);

        var reward = TrainOne(RewardModelPair.RewardFolderName, options.Reward, halves.First);
        try
        {
            var evaluator = TrainOne(RewardModelPair.EvaluatorFolderName, options.EvaluatorOptions(), halves.Second);
            var report = new RewardValidationReport(options.Data, Describe(reward, halves.First), Describe(evaluator, halves.Second));
            RewardModelCard.Write(outFolder, report);
            report.Write(outFolder);
            return new RewardModelPair(reward, evaluator);
        }
        catch
        {
            reward.Dispose();
            throw;
        }
    }
}
