using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Torch.Training;

/// <summary>
/// The one training loop of the project's classifiers (the disease classifier, the reward model and the evaluator):
/// AdamW over the model's parameters, epochs over the rows in an order reshuffled each epoch, random flips, the
/// learning rate of <see cref="ClassifierLoopOptions.LearningRateSchedule"/>, a step that meets a non-finite loss
/// retried on the same batch (<see cref="NonFiniteStepRetry"/>), progress after every step, cancellation between steps,
/// and an end-of-epoch callback (validation, early stopping) that sees the model in evaluation mode.
/// The heads and the loss come from the classifier (<see cref="ClassifierObjective"/>).
/// <para>
/// The draws, all from one host generator seeded with <see cref="ClassifierLoopOptions.Seed"/>, come in this order:
/// per epoch a Fisher-Yates shuffle of the previous epoch's order (the rows in order before the first), then per step
/// one coin per image for left-right and then one per image for top-bottom. So the same seed, rows and model give the
/// same weights.
/// </para>
/// </summary>
public sealed class ClassifierTrainingLoop(ClassifierLoopOptions options)
{
    /// <summary>
    /// Trains <paramref name="model"/> in place on rows 0 to <paramref name="rows"/> - 1 and leaves it in evaluation
    /// mode. After each epoch, <paramref name="endOfEpoch"/> gets the epoch's report, with the model in evaluation mode
    /// and no gradients recorded; it returns true to stop. <paramref name="onStep"/> gets a report after every step.
    /// </summary>
    public ClassifierLoopResult Run(
        nn.Module model,
        int rows,
        ClassifierObjective objective,
        Func<ClassifierLoopProgress, bool>? endOfEpoch = null,
        Action<ClassifierLoopProgress>? onStep = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Epochs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        using var optimizer = torch.optim.AdamW(model.parameters(), options.LearningRate, weight_decay: options.WeightDecay);
        var random = new Random(options.Seed);
        var retry = new NonFiniteStepRetry(options.Training);
        var order = Enumerable.Range(0, rows).ToArray();
        int stepsPerEpoch = (rows + options.BatchSize - 1) / options.BatchSize;
        int totalSteps = stepsPerEpoch * options.Epochs;

        int epoch = 0;
        for (bool stop = false; !stop && epoch < options.Epochs;)
        {
            epoch++;
            model.train();
            random.Shuffle(order);
            var epochClock = Stopwatch.StartNew();
            ClassifierLoopProgress? report = null;
            double lossSum = 0;
            for (int step = 0; step < stepsPerEpoch; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int start = step * options.BatchSize;
                var batch = order.AsSpan(start, Math.Min(options.BatchSize, rows - start)).ToArray();
                int stepNumber = (epoch - 1) * stepsPerEpoch + step + 1;
                double learningRate = options.LearningRateAt(stepNumber - 1, totalSteps);
                lossSum += Step(optimizer, objective, batch, random, learningRate, retry, stepNumber);
                report = new ClassifierLoopProgress(epoch, options.Epochs, step + 1, stepsPerEpoch, lossSum / (step + 1), learningRate,
                    (start + batch.Length) / epochClock.Elapsed.TotalSeconds, retry.Retries, IsEpochEnd: false);
                onStep?.Invoke(report);
            }

            model.eval();
            using var noGrad = torch.no_grad();
            stop = endOfEpoch?.Invoke(report! with { IsEpochEnd = true }) == true;
        }
        model.eval();
        return new ClassifierLoopResult(epoch, retry.Retries);
    }

    // The flips are drawn once, before the retried part, so that a retried step sees the same images.
    private double Step(optim.Optimizer optimizer, ClassifierObjective objective, int[] batch, Random random, double learningRate,
        NonFiniteStepRetry retry, int stepNumber)
    {
        using var scope = torch.NewDisposeScope();
        var inputs = objective.Inputs(batch);
        if (options.Flips) inputs = RandomFlips(inputs, random);
        var targets = objective.Targets(batch);
        return retry.Run(stepNumber, () => OptimizerStep.Apply(optimizer, () => objective.Loss(inputs, targets), learningRate));
    }

    // Each image is mirrored left-right and, independently, top-bottom with probability 1/2.
    private static Tensor RandomFlips(Tensor images, Random random)
    {
        long n = images.shape[0];
        Tensor Coins() => torch.tensor(Enumerable.Range(0, (int)n).Select(_ => random.Next(2) == 1).ToArray(), device: images.device)
            .view(n, 1, 1, 1);
        images = torch.where(Coins(), images.flip(3), images);
        return torch.where(Coins(), images.flip(2), images);
    }
}
