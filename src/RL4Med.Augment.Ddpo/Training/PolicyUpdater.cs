using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>
/// Step (d) of a DDPO epoch: <see cref="DdpoOptions.InnerEpochs"/> passes over the epoch's samples, each split into
/// <see cref="DdpoOptions.GradientUpdatesPerPass"/> groups; for every (sample, trained timestep) of a group the step's
/// log-probability is recomputed with the current weights and the clipped surrogate loss back-propagated, gradients
/// accumulate to the group's mean, are clipped to a global norm, and AdamW takes one step.
/// </summary>
internal sealed class PolicyUpdater
{
    private readonly GuidedPolicy policy;
    private readonly optim.Optimizer optimizer;
    private readonly IReadOnlyList<Parameter> parameters;
    private readonly DdpoOptions options;

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
        for (var pass = 0; pass < options.InnerEpochs; pass++)
        {
            var (groups, trainedSteps) = PlanPass(samples.Count, samples.Timesteps.Count, epoch, pass);
            foreach (var group in groups)
            {
                Update(samples, advantages, group, trainedSteps, totals, epoch);
                steps++;
                onStep?.Invoke(steps);
            }
        }
        return new UpdateStatistics(totals.Loss / totals.Count, totals.ApproximateKl / totals.Count, totals.Clipped / totals.Count, steps);
    }

    // The pass's sample order cut into equal groups, and each sample's trained step indices (a random subset of 0..T-1
    // in random order), all from (seed, epoch, pass).
    private (int[][] Groups, int[][] TrainedSteps) PlanPass(int sampleCount, int stepCount, int epoch, int pass)
    {
        var random = new Random(DdpoSeed.DeriveInt(options.Seed, DdpoRandomStream.TrainingOrder, epoch, pass));
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

    // One optimizer step on the gradient averaged over the group's (sample, trained step) pairs.
    private void Update(EpochSamples samples, IReadOnlyList<float> advantages, int[] group, int[][] trainedSteps, Totals totals, int epoch)
    {
        var device = samples.Latents.device;
        var pairsInGroup = group.Length * options.TrainedTimesteps;
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
        if (!double.IsFinite(gradientNorm))
            throw new InvalidOperationException(
                $"DDPO epoch {epoch + 1}: the gradient norm is {gradientNorm}, so the update was not applied. " +
                "Check the rewards and the generator for NaN values, or lower the learning rate.");
        optimizer.step();
    }

    // Running sums over trained (sample, timestep) pairs.
    private sealed class Totals
    {
        public double Loss { get; private set; }
        public double ApproximateKl { get; private set; }
        public double Clipped { get; private set; }
        public long Count { get; private set; }

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
