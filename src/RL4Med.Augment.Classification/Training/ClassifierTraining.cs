using System.Diagnostics;
using RL4Med.Augment.Classification.Network;
using RL4Med.Augment.Torch.Devices;
using RL4Med.Augment.Torch.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Classification.Training;

/// <summary>
/// The training loop of <see cref="TorchImageClassificationTrainer"/>: AdamW, class-weighted cross-entropy, random
/// flips, a validation pass per epoch with early stopping, and the best epoch's weights as the result. A step whose
/// loss is not finite is retried on the same images (<see cref="NonFiniteStepRetry"/>).
/// Weights, data order, flips and dropout follow the seed. Seeding uses torch's global generator: train one
/// classifier at a time per process.
/// </summary>
internal sealed class ClassifierTraining(TorchImageClassificationTrainer.Options options, Action<ClassifierTrainingProgress>? progress)
{
    /// <summary>Trains on <paramref name="train"/>; returns the kept weights (<c>Module.save</c> bytes) and the history.</summary>
    public (byte[] Weights, TrainingHistory History) Run(LabelledPixels train, LabelledPixels? validation, int classes)
    {
        var device = DeviceChoice.Resolve(options.Device);
        var clock = Stopwatch.StartNew();
        torch.manual_seed(options.Seed);
        using var network = new ImageClassifierNetwork(options.Backbone(), classes);
        network.to(device);
        using var optimizer = torch.optim.AdamW(network.parameters(), options.LearningRate, weight_decay: options.WeightDecay);
        float[] classWeights = options.ClassWeighting == ClassWeighting.InverseFrequency
            ? ClassWeights.InverseFrequency(train.CountsPerClass(classes))
            : Enumerable.Repeat(1f, classes).ToArray();
        using var lossWeights = torch.tensor(classWeights, device: device);

        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        int stepsPerEpoch = (train.Count + options.BatchSize - 1) / options.BatchSize;
        int totalSteps = stepsPerEpoch * options.Epochs;
        var stopping = validation is null ? null : new EarlyStopping(options.EarlyStoppingMetric, options.EarlyStoppingPatience);
        var retry = new NonFiniteStepRetry("disease classifier training");
        var epochs = new List<EpochSummary>();
        byte[]? kept = null;

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            network.train();
            random.Shuffle(order);
            var epochClock = Stopwatch.StartNew();
            double lossSum = 0, learningRate = 0;
            for (int step = 0; step < stepsPerEpoch; step++)
            {
                int start = step * options.BatchSize;
                var batch = order.AsSpan(start, Math.Min(options.BatchSize, train.Count - start));
                learningRate = LearningRateAt((epoch - 1) * stepsPerEpoch + step, totalSteps);
                int stepNumber = (epoch - 1) * stepsPerEpoch + step + 1;
                lossSum += Step(network, optimizer, lossWeights, train, batch, random, learningRate, device, retry, stepNumber);
                progress?.Invoke(new ClassifierTrainingProgress(epoch, options.Epochs, step + 1, stepsPerEpoch, lossSum / (step + 1),
                    (start + batch.Length) / epochClock.Elapsed.TotalSeconds, Validation: null, IsEpochEnd: false, retry.Retries));
            }

            var score = validation is null ? null : Validate(network, validation, classes, device);
            epochs.Add(new EpochSummary(epoch, lossSum / stepsPerEpoch, learningRate, score));
            progress?.Invoke(new ClassifierTrainingProgress(epoch, options.Epochs, stepsPerEpoch, stepsPerEpoch, lossSum / stepsPerEpoch,
                train.Count / epochClock.Elapsed.TotalSeconds, score, IsEpochEnd: true, retry.Retries));
            if (stopping is not null && stopping.Observe(epoch, score!)) kept = Serialize(network);
            if (stopping?.ShouldStop == true) break;
        }

        kept ??= Serialize(network);
        var history = new TrainingHistory(epochs, stopping?.BestEpoch ?? epochs.Count, epochs.Count < options.Epochs,
            classWeights, train.Count, clock.Elapsed, retry.Retries);
        return (kept, history);
    }

    private double LearningRateAt(int step, int totalSteps) => options.LearningRateSchedule switch
    {
        LearningRateSchedule.Cosine => options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * step / totalSteps)),
        _ => options.LearningRate,
    };

    // The flips are drawn once, so that a retried step sees the same images.
    private double Step(ImageClassifierNetwork network, optim.Optimizer optimizer, Tensor lossWeights, LabelledPixels train,
        ReadOnlySpan<int> batch, Random random, double learningRate, Device device, NonFiniteStepRetry retry, int stepNumber)
    {
        using var scope = torch.NewDisposeScope();
        var images = train.Images(batch).to(device);
        if (options.RandomFlips) images = RandomFlips(images, random);
        var labels = train.LabelTensor(batch).to(device);
        return retry.Run(stepNumber, () => OptimizerStep.Apply(optimizer,
            () => nn.functional.cross_entropy(network.forward(images), labels, weight: lossWeights), learningRate));
    }

    // Each image is mirrored left-right and, independently, top-bottom with probability 1/2 (host generator: seeded).
    private static Tensor RandomFlips(Tensor images, Random random)
    {
        long n = images.shape[0];
        Tensor Coins() => torch.tensor(Enumerable.Range(0, (int)n).Select(_ => random.Next(2) == 1).ToArray(), device: images.device)
            .view(n, 1, 1, 1);
        images = torch.where(Coins(), images.flip(3), images);
        return torch.where(Coins(), images.flip(2), images);
    }

    private ValidationScore Validate(ImageClassifierNetwork network, LabelledPixels validation, int classes, Device device)
    {
        network.eval();
        using var noGrad = torch.no_grad();
        var correct = new long[classes];
        var seen = new long[classes];
        double lossSum = 0;
        var rows = Enumerable.Range(0, validation.Count).ToArray();
        for (int start = 0; start < rows.Length; start += options.BatchSize)
        {
            using var scope = torch.NewDisposeScope();
            var batch = rows.AsSpan(start, Math.Min(options.BatchSize, rows.Length - start));
            var labels = validation.LabelTensor(batch).to(device);
            var logits = network.forward(validation.Images(batch).to(device));
            lossSum += nn.functional.cross_entropy(logits, labels, reduction: nn.Reduction.Sum).item<float>();
            long[] predicted = logits.argmax(1).cpu().data<long>().ToArray();
            for (int i = 0; i < batch.Length; i++)
            {
                long truth = validation.Labels[batch[i]];
                seen[truth]++;
                if (predicted[i] == truth) correct[truth]++;
            }
        }
        double accuracy = (double)correct.Sum() / validation.Count;
        double balanced = Enumerable.Range(0, classes).Where(c => seen[c] > 0).Average(c => (double)correct[c] / seen[c]);
        return new ValidationScore(accuracy, balanced, lossSum / validation.Count);
    }

    private static byte[] Serialize(ImageClassifierNetwork network)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            network.save(writer);
        return buffer.ToArray();
    }
}
