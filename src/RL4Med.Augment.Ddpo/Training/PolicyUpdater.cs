using RL4Med.Augment.Data.Randomness;
using RL4Med.Augment.Torch.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>
/// Step (d) of a DDPO epoch: <see cref="DdpoOptions.InnerEpochs"/> passes over the epoch's samples, each split into
/// <see cref="DdpoOptions.GradientUpdatesPerPass"/> groups; for every (sample, trained timestep) of a group the step's
/// log-probability is recomputed with the current weights and the clipped surrogate loss back-propagated, gradients
/// accumulate to the group's mean, are clipped to a global norm, and AdamW takes one step. An update whose gradient
/// norm is not finite is recomputed on the same samples (<see cref="NonFiniteStepRetry"/>).
/// </summary>
internal sealed class PolicyUpdater
{
    private readonly GuidedPolicy policy;
    private readonly optim.Optimizer optimizer;
    private readonly IReadOnlyList<Parameter> parameters;
    private readonly DdpoOptions options;
    private readonly NonFiniteStepRetry retry = new("DDPO fine-tuning");

    /// <summary>Updates <paramref name="parameters"/> (the trainable ones, on their final device) with <paramref name="optimizer"/>.</summary>
    public PolicyUpdater(GuidedPolicy policy, optim.Optimizer optimizer, IReadOnlyList<Parameter> parameters, DdpoOptions options)
    {
        this.policy = policy;
        this.optimizer = optimizer;
        this.parameters = parameters;
        this.options = options;
    }

    /// <summary>
    /// Runs the updates of <paramref name="epoch"/> (0-based) on <paramref name="samples"/> with one advantage per sample;
    /// <paramref name="onStep"/> gets the number of optimizer steps taken so far.
    /// </summary>
    public UpdateStatistics Run(EpochSamples samples, IReadOnlyList<float> advantages, int epoch, Action<int>? onStep = null)
    {
        if (advantages.Count != samples.Count) throw new ArgumentException($"{advantages.Count} advantages for {samples.Count} samples.", nameof(advantages));
        var totals = new Totals();
        var steps = 0;
        var retriesBefore = retry.Retries;
        for (var pass = 0; pass < options.InnerEpochs; pass++)
        {
            var (groups, trainedSteps) = PlanPass(samples.Count, samples.Timesteps.Count, epoch, pass);
            foreach (var group in groups)
            {
                var stepNumber = epoch * options.InnerEpochs * options.GradientUpdatesPerPass + steps + 1;
                totals.Add(retry.Run(stepNumber, () => Update(samples, advantages, group, trainedSteps)));
                steps++;
                onStep?.Invoke(steps);
            }
        }
        return new UpdateStatistics(totals.Loss / totals.Count, totals.ApproximateKl / totals.Count, totals.Clipped / totals.Count, steps,
            retry.Retries - retriesBefore);
    }

    // The pass's sample order cut into equal groups, and each sample's trained step indices (a random subset of 0..T-1
    // in random order), all from (seed, epoch, pass).
    private (int[][] Groups, int[][] TrainedSteps) PlanPass(int sampleCount, int stepCount, int epoch, int pass)
    {
        var random = DerivedSeed.Random(options.Seed, SeedStream.DdpoTrainingOrder, epoch, pass);
        var order = Enumerable.Range(0, sampleCount).ToArray();
        random.Shuffle(order);
        var trainedSteps = new int[sampleCount][];
        for (var sample = 0; sample < sampleCount; sample++)
        {
            var steps = Enumerable.Range(0, stepCount).ToArray();
            random.Shuffle(steps);
            trainedSteps[sample] = steps[..options.TrainedTimesteps];
        }
        var groupCount = options.GradientUpdatesPerPass;
        var groups = Enumerable.Range(0, groupCount)
            .Select(g => order[(g * sampleCount / groupCount)..((g + 1) * sampleCount / groupCount)])
            .ToArray();
        return (groups, trainedSteps);
    }

    // One optimizer step on the gradient averaged over the group's (sample, trained step) pairs; the group's sums are
    // returned for the epoch's totals only once the step is applied.
    private Totals Update(EpochSamples samples, IReadOnlyList<float> advantages, int[] group, int[][] trainedSteps)
    {
        var device = samples.Latents.device;
        var pairsInGroup = group.Length * options.TrainedTimesteps;
        var totals = new Totals();
        optimizer.zero_grad();
        foreach (var batch in group.Chunk(options.TrainBatchSize))
        {
            using var batchScope = torch.NewDisposeScope();
            var promptPairs = policy.EncodePrompts(batch.Select(i => samples.Prompts[i]).ToArray());
            var batchAdvantages = torch.tensor(batch.Select(i => advantages[i]).ToArray(), device: device);
            var sampleIndex = torch.tensor(batch.Select(i => (long)i).ToArray(), device: device);
            for (var slot = 0; slot < options.TrainedTimesteps; slot++)
            {
                using var stepScope = torch.NewDisposeScope();
                var stepIndices = batch.Select(i => (long)trainedSteps[i][slot]).ToArray();
                var stepIndex = torch.tensor(stepIndices, device: device);
                var timesteps = torch.tensor(stepIndices.Select(s => (long)samples.Timesteps[(int)s]).ToArray(), device: device);
                var oldLogProbs = samples.LogProbs.index(sampleIndex, stepIndex);
                var newLogProbs = policy.LogProb(
                    samples.Latents.index(sampleIndex, stepIndex), timesteps, samples.Latents.index(sampleIndex, stepIndex + 1), promptPairs);

                var ratio = ClippedSurrogate.Ratio(newLogProbs, oldLogProbs);
                var loss = ClippedSurrogate.Loss(ratio, batchAdvantages, options.ClipRange);
                loss.sum().div(pairsInGroup).backward();
                using var noGrad = torch.no_grad();
                totals.Add(loss, ClippedSurrogate.ApproximateKl(newLogProbs, oldLogProbs), ClippedSurrogate.IsClipped(ratio, options.ClipRange));
            }
        }

        var gradientNorm = nn.utils.clip_grad_norm_(parameters, options.GradientClipNorm);
        NonFiniteValueException.ThrowIfNotFinite("gradient norm", gradientNorm);
        optimizer.step();
        return totals;
    }

    // Running sums over trained (sample, timestep) pairs.
    private sealed class Totals
    {
        public double Loss { get; private set; }
        public double ApproximateKl { get; private set; }
        public double Clipped { get; private set; }
        public long Count { get; private set; }

        public void Add(Totals other)
        {
            Loss += other.Loss;
            ApproximateKl += other.ApproximateKl;
            Clipped += other.Clipped;
            Count += other.Count;
        }

        public void Add(Tensor loss, Tensor approximateKl, Tensor clipped)
        {
            Loss += Sum(loss);
            ApproximateKl += Sum(approximateKl);
            Clipped += Sum(clipped);
            Count += loss.shape[0];
        }

        private static double Sum(Tensor values) => values.to(ScalarType.Float64).sum().item<double>();
    }
}
