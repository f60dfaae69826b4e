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
/// Trains an <see cref="AttributeClassifier"/> on labelled images: AdamW with a cosine learning-rate decay, the
/// masked and (optionally) class-balanced <see cref="AttributeLoss"/>, random flips. A frozen backbone's features are
/// computed once instead, and only the heads learn, on unflipped images. Weights, data order, flips and
/// dropout masks all follow <see cref="AttributeClassifierOptions.Seed"/>, so the same seed gives the same weights.
/// A step whose loss is not finite is retried on the same images (<see cref="NonFiniteStepRetry"/>).
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

    /// <summary>The learning rate of 0-based <paramref name="step"/>: cosine decay from the peak to zero.</summary>
    public double LearningRateAt(int step, int totalSteps) =>
        Options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * step / totalSteps));

    private void Fit(AttributeClassifier model, LabelledImages train, Device device, Action<AttributeTrainingProgress>? onProgress,
        Stopwatch clock, CancellationToken cancellationToken)
    {
        using var optimizer = torch.optim.AdamW(model.parameters(), Options.LearningRate, weight_decay: Options.WeightDecay);
        using var loss = new AttributeLoss(train.Heads, Options.ClassBalancing ? ClassBalance.Compute(train.Heads, train.Labels) : null, device);
        var random = new Random(Options.Seed);
        var retry = new NonFiniteStepRetry("attribute classifier training");
        int batchesPerEpoch = (train.Count + Options.BatchSize - 1) / Options.BatchSize;
        int totalSteps = batchesPerEpoch * Options.Epochs;
        using var frozenFeatures = model.IsFrozen ? FrozenFeatures(model, train) : null;
        if (frozenFeatures is not null) model.FitStandardisation(frozenFeatures);

        model.train();
        for (int epoch = 0; epoch < Options.Epochs; epoch++)
        {
            var epochClock = Stopwatch.StartNew();
            var order = Enumerable.Range(0, train.Count).ToArray();
            random.Shuffle(order);
            double lossSum = 0;
            for (int b = 0; b < batchesPerEpoch; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = order.AsSpan(b * Options.BatchSize, Math.Min(Options.BatchSize, train.Count - b * Options.BatchSize)).ToArray();
                int step = epoch * batchesPerEpoch + b;
                lossSum += Step(model, optimizer, loss, train, frozenFeatures, batch, random, LearningRateAt(step, totalSteps), device, retry, step + 1);
            }
            onProgress?.Invoke(new AttributeTrainingProgress(epoch + 1, Options.Epochs, lossSum / batchesPerEpoch,
                train.Count / epochClock.Elapsed.TotalSeconds, clock.Elapsed, retry.Retries));
        }
        model.eval();
    }

    // The flips are drawn once, so that a retried step sees the same images.
    private double Step(AttributeClassifier model, optim.Optimizer optimizer, AttributeLoss loss, LabelledImages train, Tensor? frozenFeatures,
        int[] batch, Random random, double learningRate, Device device, NonFiniteStepRetry retry, int stepNumber)
    {
        using var scope = torch.NewDisposeScope();
        var labels = train.LabelTensor(batch).to(device);
        Func<Tensor> logits;
        if (frozenFeatures is not null)
        {
            var features = model.Standardise(frozenFeatures.index_select(0, torch.tensor(batch.Select(i => (long)i).ToArray(), device: device)));
            logits = () => model.HeadLogits(features);
        }
        else
        {
            var images = train.ImageTensor(batch).to(device);
            if (Options.Flips) images = RandomFlips(images, random, device);
            logits = () => model.forward(images);
        }
        return retry.Run(stepNumber, () => OptimizerStep.Apply(optimizer, () => loss.Compute(logits(), labels), learningRate));
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

    // Mirrors each image left-right and top-bottom, each with probability 1/2, drawn from the seeded host generator.
    private static Tensor RandomFlips(Tensor images, Random random, Device device)
    {
        Tensor CoinFlips() =>
            torch.tensor(Enumerable.Range(0, (int)images.shape[0]).Select(_ => random.Next(2) == 1).ToArray(), device: device).view(-1, 1, 1, 1);
        images = torch.where(CoinFlips(), images.flip(3), images);
        return torch.where(CoinFlips(), images.flip(2), images);
    }

    private static AttributePrediction Predict(AttributeClassifier model, LabelledImages images)
    {
        using var tensor = images.ImageTensor();
        return model.Predict(tensor);
    }
}
