using RL4Med.Augment.Data.Randomness;
using TorchSharp;
using RL4Med.Augment.Ddpo.Rewards;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>
/// Steps (a) and (b) of a DDPO epoch: draws M prompts uniformly from the prompt list, samples their images batch by
/// batch with the current policy, recording every step, and scores each batch with the reward function.
/// </summary>
internal sealed class EpochSampler
{
    private readonly GuidedPolicy policy;
    private readonly IRewardFunction reward;
    private readonly DdpoOptions options;

    public EpochSampler(GuidedPolicy policy, IRewardFunction reward, DdpoOptions options)
    {
        this.policy = policy;
        this.reward = reward;
        this.options = options;
    }

    /// <summary>Samples and scores the epoch's images; <paramref name="onBatch"/> gets the number of images done so far.</summary>
    public EpochSamples Sample(IReadOnlyList<DdpoPrompt> promptList, int epoch, Action<int>? onBatch = null)
    {
        var count = options.SamplesPerEpoch;
        var draw = DerivedSeed.Random(options.Seed, SeedStream.DdpoPromptDraw, epoch, 0);
        var prompts = Enumerable.Range(0, count).Select(_ => promptList[draw.Next(promptList.Count)]).ToArray();

        Tensor? latents = null, logProbs = null;
        IReadOnlyList<int>? timesteps = null;
        var rewards = new float[count];
        try
        {
            var batches = prompts.Chunk(options.SampleBatchSize).ToArray();
            for (int batch = 0, start = 0; batch < batches.Length; start += batches[batch].Length, batch++)
            {
                using var scope = torch.NewDisposeScope(); // views and the reward function's tensors
                var seed = DerivedSeed.Of(options.Seed, SeedStream.DdpoSamplingNoise, epoch, batch);
                using var result = policy.Sampler.Sample(batches[batch].Select(p => p.Text).ToArray(), policy.Sampling(seed, recordTrajectory: true));
                var trajectory = result.Trajectory!;
                timesteps ??= trajectory.Timesteps;
                // Preallocated and filled batch by batch, so that only one batch's trajectory exists twice.
                latents ??= torch.empty(trajectory.Latents.shape.Select((size, dim) => dim == 0 ? count : size).ToArray(), device: trajectory.Latents.device)
                    .DetachFromDisposeScope();
                logProbs ??= torch.empty(new long[] { count, trajectory.LogProbs!.shape[1] }, device: trajectory.LogProbs.device)
                    .DetachFromDisposeScope();
                latents.narrow(0, start, batches[batch].Length).copy_(trajectory.Latents);
                logProbs.narrow(0, start, batches[batch].Length).copy_(trajectory.LogProbs!);
                Score(result.Images, batches[batch]).CopyTo(rewards, start);
                onBatch?.Invoke(start + batches[batch].Length);
            }
            return new EpochSamples(prompts, timesteps!, latents!, logProbs!, rewards);
        }
        catch
        {
            latents?.Dispose();
            logProbs?.Dispose();
            throw;
        }
    }

    /// <summary>The rewards of <paramref name="images"/>, checked: one finite value per image.</summary>
    public float[] Score(Tensor images, IReadOnlyList<DdpoPrompt> prompts)
    {
        var scores = reward.Score(images, prompts);
        if (scores.Length != prompts.Count)
            throw new InvalidOperationException($"The reward function returned {scores.Length} rewards for {prompts.Count} images.");
        var bad = Array.FindIndex(scores, s => !float.IsFinite(s));
        if (bad >= 0)
            throw new InvalidOperationException($"The reward function returned {scores[bad]} for image {bad} (prompt \"{prompts[bad].Text}\").");
        return scores;
    }
}
