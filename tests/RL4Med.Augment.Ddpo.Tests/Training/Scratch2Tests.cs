using RL4Med.Augment.Ddpo.Advantages;
using RL4Med.Augment.Ddpo.Tests.Support;
using RL4Med.Augment.Ddpo.Training;
using TorchSharp;
using Xunit.Abstractions;

namespace RL4Med.Augment.Ddpo.Tests.Training;

public class Scratch2Tests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1e-4, false)]
    [InlineData(1e-3, false)]
    [InlineData(1e-5, true)]
    [InlineData(1e-4, true)]
    public void SignCheck(double lr, bool full)
    {
        using var generator = TinyDdpo.Pretrained();
        var options = TinyDdpo.Options() with { SamplesPerEpoch = 64, SampleBatchSize = 16, TrainBatchSize = 16, GradientUpdatesPerPass = 1, LearningRate = lr, FullFineTuning = full, ClipRange = 10 };
        var weights = TrainableWeights.For(generator, options);
        var policy = new GuidedPolicy(generator.Model, generator.Tokenizer, options);
        using var optimizer = torch.optim.AdamW(weights.Parameters(), lr: lr);
        var updater = new PolicyUpdater(policy, optimizer, weights.Parameters(), options);
        using var samples = new EpochSampler(policy, new RednessReward(), options).Sample(TinyDdpo.Prompts, epoch: 0);
        var advantages = new PerPromptStatTracker(32, 16, 5).Update(samples.Prompts.Select(p => p.Key).ToArray(), samples.Rewards);
        updater.Run(samples, advantages, epoch: 0);
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        var pairs = policy.EncodePrompts(samples.Prompts);
        var delta = torch.zeros(samples.Count);
        for (var s = 0; s < options.Steps; s++)
        {
            var t = torch.full(samples.Count, samples.Timesteps[s], torch.ScalarType.Int64);
            var lp = policy.LogProb(samples.Latents[.., s], t, samples.Latents[.., s + 1], pairs);
            delta += lp - samples.LogProbs[.., s];
        }
        var d = delta.data<float>().ToArray();
        var a = advantages;
        var corr = Correlation(d.Select(x => (double)x).ToArray(), a.Select(x => (double)x).ToArray());
        output.WriteLine($"full {full} lr {lr}: corr(delta logp, A) = {corr:F3}; mean delta {d.Average():E2}");
    }

    private static double Correlation(double[] x, double[] y)
    {
        var (mx, my) = (x.Average(), y.Average());
        var cov = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return cov / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }
}
