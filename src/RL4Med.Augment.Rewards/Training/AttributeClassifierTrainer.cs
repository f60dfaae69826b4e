using System.Diagnostics;
using RL4Med.Augment.Rewards.Checkpoints;
using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Images;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Torch.Devices;
using RL4Med.Augment.Torch.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Rewards.Training;

/// <summary>
/// Trains an <see cref="AttributeClassifier"/> on labelled images with the project's <see cref="ClassifierTrainingLoop"/>:
/// AdamW with a cosine learning-rate decay, the masked and (optionally) class-balanced <see cref="AttributeLoss"/> over
/// all heads, random flips. A frozen backbone's features are computed once instead, and only the heads learn, on
/// unflipped images. Weights, data order, flips and dropout masks all follow <see cref="AttributeClassifierOptions.Seed"/>,
/// so the same seed gives the same weights.
/// Seeding uses torch's global generator: train one classifier at a time per process.
/// </summary>
public sealed class AttributeClassifierTrainer
{
    private const int FeatureBatchSize = 256;
    private readonly string? featureCachePath;

    /// <summary>
    /// A trainer with <paramref name="options"/> (validated now). A frozen backbone keeps its features of the training
    /// and validation images in <paramref name="featureCachePath"/> when given.
    /// </summary>
    public AttributeClassifierTrainer(AttributeClassifierOptions options, string? featureCachePath = null)
    {
        options.Validate();
        Options = options;
        this.featureCachePath = featureCachePath;
    }

    public AttributeClassifierOptions Options { get; }

    /// <summary>
    /// Trains a classifier for <paramref name="train"/>'s heads and, when <paramref name="validation"/> is given, scores
    /// it there (accuracy and balanced accuracy per head, on known labels only). Reports after every epoch.
    /// </summary>
    public TrainedAttributeClassifier Train(
        LabelledImages train,
        LabelledImages? validation = null,
        Action<AttributeTrainingProgress>? onProgress = null,
        CancellationToken cancellationToken = default)
    {
        if (train.Count == 0) throw new ArgumentException("no training images", nameof(train));
        var device = DeviceChoice.Resolve(Options.Device);
        var clock = Stopwatch.StartNew();

        torch.manual_seed(Options.Seed);
        var model = AttributeClassifier.Create(train.Heads, Options, featureCachePath);
        try
        {
            model.to(device);
            Fit(model, train, device, onProgress, clock, cancellationToken);
            var scores = validation is null ? Array.Empty<HeadScore>()
                : HeadAccuracy.Measure(Predict(model, validation), validation.Labels);
            return new TrainedAttributeClassifier(model, Options, train.Count, clock.Elapsed, scores);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    // The loop with the masked attribute loss over all heads; a frozen backbone's features are computed once, standardised
    // on the training images, and only the heads learn, on unflipped images.
    private void Fit(AttributeClassifier model, LabelledImages train, Device device, Action<AttributeTrainingProgress>? onProgress,
        Stopwatch clock, CancellationToken cancellationToken)
    {
        using var loss = new AttributeLoss(train.Heads, Options.ClassBalancing ? ClassBalance.Compute(train.Heads, train.Labels) : null, device);
        using var frozenFeatures = model.IsFrozen ? FrozenFeatures(model, train) : null;
        if (frozenFeatures is not null) model.FitStandardisation(frozenFeatures);
        var objective = frozenFeatures is null
            ? new ClassifierObjective(
                Inputs: rows => train.ImageTensor(rows).to(device),
                Targets: rows => train.LabelTensor(rows).to(device),
                Loss: (images, labels) => loss.Compute(model.forward(images), labels))
            : new ClassifierObjective(
                Inputs: rows => model.Standardise(frozenFeatures.index_select(0, torch.tensor(rows.Select(i => (long)i).ToArray(), device: device))),
                Targets: rows => train.LabelTensor(rows).to(device),
                Loss: (features, labels) => loss.Compute(model.HeadLogits(features), labels));

        var loop = new ClassifierTrainingLoop(new ClassifierLoopOptions("attribute classifier training", Options.Epochs, Options.BatchSize,
            Options.LearningRate, LearningRateSchedule.Cosine, Options.WeightDecay, Options.Seed, Flips: Options.Flips && frozenFeatures is null));
        loop.Run(model, train.Count, objective, report =>
        {
            onProgress?.Invoke(new AttributeTrainingProgress(report.Epoch, report.Epochs, report.Loss, report.ImagesPerSecond, clock.Elapsed,
                report.NonFiniteRetries));
            return false;
        }, cancellationToken: cancellationToken);
    }

    // The frozen backbone's features [N, 512] of every training image, a batch of images at a time.
    private static Tensor FrozenFeatures(AttributeClassifier model, LabelledImages train)
    {
        using var scope = torch.NewDisposeScope();
        var parts = new List<Tensor>();
        for (int start = 0; start < train.Count; start += FeatureBatchSize)
        {
            var indices = Enumerable.Range(start, Math.Min(FeatureBatchSize, train.Count - start)).ToArray();
            parts.Add(model.FrozenFeatures(train.ImageTensor(indices)));
        }
        return torch.cat(parts, 0).MoveToOuterDisposeScope();
    }

    private static AttributePrediction Predict(AttributeClassifier model, LabelledImages images)
    {
        using var tensor = images.ImageTensor();
        return model.Predict(tensor);
    }
}
