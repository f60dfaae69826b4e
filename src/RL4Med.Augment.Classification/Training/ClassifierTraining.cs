using System.Diagnostics;
using RL4Med.Augment.Classification.Network;
using RL4Med.Augment.Torch.Devices;
using RL4Med.Augment.Torch.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Classification.Training;

/// <summary>
/// The training of <see cref="TorchImageClassificationTrainer"/>: the project's <see cref="ClassifierTrainingLoop"/>
/// with a class-weighted cross-entropy on one softmax head, a validation pass per epoch with early stopping, and the
/// best epoch's weights as the result. Weights, data order, flips and dropout follow the seed. Seeding uses torch's
/// global generator: train one classifier at a time per process.
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
        float[] classWeights = options.ClassWeighting == ClassWeighting.InverseFrequency
            ? ClassWeights.InverseFrequency(train.CountsPerClass(classes))
            : Enumerable.Repeat(1f, classes).ToArray();
        using var lossWeights = torch.tensor(classWeights, device: device);
        var objective = new ClassifierObjective(
            Inputs: rows => train.Images(rows).to(device),
            Targets: rows => train.LabelTensor(rows).to(device),
            Loss: (images, labels) => nn.functional.cross_entropy(network.forward(images), labels, weight: lossWeights));

        var stopping = validation is null ? null : new EarlyStopping(options.EarlyStoppingMetric, options.EarlyStoppingPatience);
        var epochs = new List<EpochSummary>();
        byte[]? kept = null;
        bool EndOfEpoch(ClassifierLoopProgress report)
        {
            var score = validation is null ? null : Validate(network, validation, classes, device);
            epochs.Add(new EpochSummary(report.Epoch, report.Loss, report.LearningRate, score));
            progress?.Invoke(Progress(report, score));
            if (stopping is not null && stopping.Observe(report.Epoch, score!)) kept = Serialize(network);
            return stopping?.ShouldStop == true;
        }

        var loop = new ClassifierTrainingLoop(new ClassifierLoopOptions("disease classifier training", options.Epochs, options.BatchSize,
            options.LearningRate, options.LearningRateSchedule, options.WeightDecay, options.Seed, Flips: options.RandomFlips));
        var result = loop.Run(network, train.Count, objective, EndOfEpoch, progress is null ? null : report => progress(Progress(report, null)));

        kept ??= Serialize(network);
        var history = new TrainingHistory(epochs, stopping?.BestEpoch ?? epochs.Count, result.Epochs < options.Epochs,
            classWeights, train.Count, clock.Elapsed, result.NonFiniteRetries);
        return (kept, history);
    }

    private static ClassifierTrainingProgress Progress(ClassifierLoopProgress report, ValidationScore? score) =>
        new(report.Epoch, report.Epochs, report.Step, report.StepsPerEpoch, report.Loss, report.ImagesPerSecond, score,
            report.IsEpochEnd, report.NonFiniteRetries);

    // Called by the loop with the network in evaluation mode and no gradients recorded.
    private ValidationScore Validate(ImageClassifierNetwork network, LabelledPixels validation, int classes, Device device)
    {
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
