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
        var policy = new GuidedPolicy(generator.Model, generator.Tokenizer, options);
        var prompts = TinyDdpo.Prompts;
        using var result = policy.Sampler.Sample(prompts.Select(p => p.Text).ToArray(), policy.SamplingOptions(seed: 3, recordTrajectory: true));
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
        var policy = new GuidedPolicy(generator.Model, generator.Tokenizer, options);
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
}
