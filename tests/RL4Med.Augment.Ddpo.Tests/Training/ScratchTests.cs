using RL4Med.Augment.Ddpo.Tests.Support;
using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Diffusion.Sampling;
using TorchSharp;
using Xunit.Abstractions;

namespace RL4Med.Augment.Ddpo.Tests.Training;

public class ScratchTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(3e-4, 1e-4, 6)]
    [InlineData(1e-3, 1e-4, 6)]
    [InlineData(3e-3, 1e-4, 6)]
    [InlineData(1e-2, 1e-4, 6)]
    [InlineData(3e-3, 0.2, 6)]
    public void RednessRuns(double lr, double clip, int epochs)
    {
        using var generator = TinyDdpo.Pretrained();
        var options = TinyDdpo.Options(epochs) with { SamplesPerEpoch = 16, SampleBatchSize = 8, TrainBatchSize = 8, LearningRate = lr, ClipRange = clip };
        using var trainer = DdpoTrainer.Create(generator, new RednessReward(), options);
        var before = Redness(generator);
        var history = trainer.Train(TinyDdpo.Prompts).History;
        var after = Redness(generator);
        output.WriteLine($"lr {lr} clip {clip}: fixed {before:F4} -> {after:F4}; epochs {string.Join(" ", history.Select(h => $"{h.RewardMean:F3}/kl{h.ApproximateKl:E1}/cf{h.ClipFraction:F2}"))}");
    }

    private static double Redness(Diffusion.Checkpoints.TrainedGenerator generator)
    {
        var prompts = Enumerable.Range(0, 24).Select(i => TinyDdpo.Prompts[i % 3].Text).ToArray();
        using var result = generator.CreateSampler().Sample(prompts, new SamplingOptions { Steps = 4, Eta = 1, GuidanceScale = 5, Seed = 123 });
        return result.Images[.., 0].mean().item<float>();
    }
}
