using RL4Med.Augment.Ddpo.Tests.Support;
using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Diffusion.Sampling;
using TorchSharp;
using Xunit.Abstractions;

namespace RL4Med.Augment.Ddpo.Tests.Training;

public class ScratchTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1e-3, 32, 4, 5, false)]
    [InlineData(3e-3, 32, 4, 5, false)]
    [InlineData(1e-2, 32, 4, 5, false)]
    [InlineData(3e-3, 64, 2, 4, false)]
    [InlineData(1e-2, 64, 2, 4, false)]
    [InlineData(3e-4, 32, 4, 5, true)]
    public void RednessRuns(double lr, int m, int steps, int epochs, bool full)
    {
        using var generator = TinyDdpo.Pretrained();
        var options = TinyDdpo.Options(epochs) with { SamplesPerEpoch = m, SampleBatchSize = 16, TrainBatchSize = 16, Steps = steps, LearningRate = lr, FullFineTuning = full };
        using var trainer = DdpoTrainer.Create(generator, new RednessReward(), options);
        var before = Redness(generator, steps); var sw = System.Diagnostics.Stopwatch.StartNew();
        var history = trainer.Train(TinyDdpo.Prompts).History;
        var secs = sw.Elapsed.TotalSeconds; var after = Redness(generator, steps);
        output.WriteLine($"full {full} lr {lr} m {m} steps {steps} {secs:F1}s: fixed {before:F4} -> {after:F4}; epochs {string.Join(" ", history.Select(h => $"{h.RewardMean:F3}/kl{h.ApproximateKl:E1}/cf{h.ClipFraction:F2}"))}");
    }

    private static double Redness(Diffusion.Checkpoints.TrainedGenerator generator, int steps)
    {
        var prompts = Enumerable.Range(0, 48).Select(i => TinyDdpo.Prompts[i % 3].Text).ToArray();
        using var result = generator.CreateSampler().Sample(prompts, new SamplingOptions { Steps = steps, Eta = 1, GuidanceScale = 5, Seed = 123 });
        return result.Images[.., 0].mean().item<float>();
    }
}
