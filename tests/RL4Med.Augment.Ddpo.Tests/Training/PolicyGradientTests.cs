using RL4Med.Augment.Ddpo.Advantages;
using RL4Med.Augment.Ddpo.Tests.Support;
using RL4Med.Augment.Ddpo.Training;
using TorchSharp;

namespace RL4Med.Augment.Ddpo.Tests.Training;

/// <summary>The on-policy start of DDPO: before any update the recomputed policy is the sampling policy, bit for bit.</summary>
public class PolicyGradientTests
{
    [Fact]
    public void Before_any_update_the_recomputed_log_probabilities_equal_the_recorded_ones_exactly()
    {
        using var generator = TinyDdpo.Pretrained();
        var options = TinyDdpo.Options();
        TrainableWeights.For(generator, options);
        var policy = new GuidedPolicy(generator, options);
        var prompts = TinyDdpo.Prompts;
        using var result = policy.Sampler.Sample(prompts.Select(p => p.Text).ToArray(), policy.Sampling(seed: 3, recordTrajectory: true));
        var trajectory = result.Trajectory!;
        using var scope = torch.NewDisposeScope();
        var promptPairs = policy.EncodePrompts(prompts);

        for (var step = 0; step < options.Steps; step++)
        {
            var timesteps = torch.full(prompts.Length, trajectory.Timesteps[step], torch.ScalarType.Int64);
            // With gradients on, as in training.
            var newLogProbs = policy.LogProb(trajectory.Latents[.., step], timesteps, trajectory.Latents[.., step + 1], promptPairs);
            var oldLogProbs = trajectory.LogProbs![.., step];

            Assert.True(newLogProbs.requires_grad);
            Assert.True(newLogProbs.Equals(oldLogProbs));
            Assert.True(ClippedSurrogate.Ratio(newLogProbs, oldLogProbs).Equals(torch.ones(prompts.Length)));
        }
    }

    [Fact]
    public void Without_a_weight_change_every_ratio_is_one_so_the_loss_is_minus_the_mean_advantage()
    {
        using var generator = TinyDdpo.Pretrained();
        // Learning rate 0: the optimizer steps leave the weights as they are, so the later groups stay on-policy too.
        var options = TinyDdpo.Options() with { LearningRate = 0, InnerEpochs = 2 };
        var weights = TrainableWeights.For(generator, options);
        var policy = new GuidedPolicy(generator, options);
        using var optimizer = torch.optim.AdamW(weights.Parameters(), lr: 0);
        var updater = new PolicyUpdater(policy, optimizer, weights.Parameters(), options);
        using var samples = new EpochSampler(policy, new RednessReward(), options).Sample(TinyDdpo.Prompts, epoch: 0);
        var advantages = new[] { 1f, -2f, 0.5f, 3f, -0.25f, 0f, 4f, -1.5f };
        var before = TinyDdpo.Snapshot(generator);

        var statistics = updater.Run(samples, advantages, epoch: 0);

        Assert.Equal(0, statistics.ApproximateKl);
        Assert.Equal(0, statistics.ClipFraction);
        Assert.Equal(-advantages.Average(a => (double)a), statistics.Loss, 9);
        Assert.Equal(4, statistics.OptimizerSteps);
        Assert.All(generator.Model.named_parameters(), p => Assert.True(p.parameter.Equals(before[p.name])));
    }

    [Fact]
    public void One_update_makes_the_trajectories_with_high_advantages_more_likely()
    {
        using var generator = TinyDdpo.Pretrained();
        // One on-policy step on all 32 samples, with a clip range so wide that nothing is clipped.
        var options = TinyDdpo.Options() with
        {
            SamplesPerEpoch = 32, SampleBatchSize = 16, TrainBatchSize = 16, GradientUpdatesPerPass = 1, LearningRate = 1e-3, ClipRange = 10,
        };
        var weights = TrainableWeights.For(generator, options);
        var policy = new GuidedPolicy(generator, options);
        using var optimizer = torch.optim.AdamW(weights.Parameters(), lr: options.LearningRate);
        using var samples = new EpochSampler(policy, new RednessReward(), options).Sample(TinyDdpo.Prompts, epoch: 0);
        var advantages = new PerPromptStatTracker(32, 16, 5).Update(samples.Prompts.Select(p => p.Key).ToArray(), samples.Rewards);

        new PolicyUpdater(policy, optimizer, weights.Parameters(), options).Run(samples, advantages, epoch: 0);

        // Change of each whole trajectory's log-likelihood, against its advantage.
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        var promptPairs = policy.EncodePrompts(samples.Prompts);
        var change = torch.zeros(samples.Count);
        for (var step = 0; step < options.Steps; step++)
        {
            var timesteps = torch.full(samples.Count, samples.Timesteps[step], torch.ScalarType.Int64);
            change += policy.LogProb(samples.Latents[.., step], timesteps, samples.Latents[.., step + 1], promptPairs) - samples.LogProbs[.., step];
        }
        Assert.True(Correlation(change.data<float>().ToArray(), advantages) > 0.3); // about 0.5 to 0.7 over seeds
    }

    private static double Correlation(IReadOnlyList<float> x, IReadOnlyList<float> y)
    {
        var (meanX, meanY) = (x.Average(v => (double)v), y.Average(v => (double)v));
        var covariance = x.Zip(y).Sum(p => (p.First - meanX) * (p.Second - meanY));
        return covariance / Math.Sqrt(x.Sum(v => (v - meanX) * (v - meanX)) * y.Sum(v => (v - meanY) * (v - meanY)));
    }
}
