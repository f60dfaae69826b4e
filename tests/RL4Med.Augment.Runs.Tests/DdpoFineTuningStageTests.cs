using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Ddpo.Logging;
using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Generation;
using TorchSharp;

namespace RL4Med.Augment.Runs.Tests;

public class DdpoFineTuningStageTests
{
    private static TinyRun TrainedTinyRun()
    {
        var run = new TinyRun();
        run.Config.Ddpo = new DdpoConfig
        {
            Training = new DdpoOptions
            {
                Epochs = 2, SamplesPerEpoch = 8, SampleBatchSize = 8, TrainBatchSize = 8, Steps = 8, TimestepFraction = 0.5,
                // Large steps, so that two epochs visibly move the tiny model.
                LearningRate = 0.02, CheckpointEvery = 1, SampleGridEvery = 0, SampleGridImages = 4,
            },
        };
        new RewardStage(run.Config, run.Layout).Run("cpu");
        new PretrainStage(run.Config, run.Layout).Run("cpu", resume: false, restart: false);
        return run;
    }

    [Fact]
    public void TrainsOnOneTypicalPromptPerSubgroupIncludingUnseenOnes()
    {
        using var run = new TinyRun();
        var specs = new DdpoFineTuningStage(run.Config, run.Layout).PromptSpecs(ManifestCsv.Read(run.Layout.Manifest));

        // diagnosis x ink: every combination, whether or not the training data has it.
        Assert.Equal(6, specs.Count);
        Assert.Equal(6, specs.Select(s => s.Key).Distinct().Count());
        Assert.Contains(specs, s => s.Diagnosis == "mel" && s.Attributes["ink"] == "1" && s.Attributes["hair"] == "0");
        // The other prompted attribute takes its most common training value, the same in every prompt.
        Assert.Single(specs.Select(s => s.Attributes["skin_type"]).Distinct());
    }

    [Fact]
    public void TunesThePretrainedGeneratorIntoADdpoGeneratorThatSamplesDifferently()
    {
        using var run = TrainedTinyRun();
        var stage = new DdpoFineTuningStage(run.Config, run.Layout);
        Assert.False(stage.IsComplete);
        Assert.DoesNotContain("ddpo", run.Layout.FindFinishedGenerators().Keys);

        var result = stage.Run("cpu", resume: false, restart: false);

        Assert.Equal(2, result.Epoch);
        Assert.True(stage.IsComplete);
        Assert.Equal(new[] { 1, 2 }, DdpoLogFiles.Read(run.Layout.Ddpo).Select(e => e.Epoch));
        // One statistics entry per prompt drawn, together every sample of the epoch, and the epoch's mean is theirs.
        Assert.All(result.History, e => Assert.Equal(run.Config.Ddpo.Training.SamplesPerEpoch, e.PromptRewards.Values.Sum(r => r.Count)));
        Assert.All(result.History, e => Assert.Equal(e.PromptRewards.Values.Sum(r => r.Mean * r.Count) / e.PromptRewards.Values.Sum(r => r.Count), e.RewardMean, 6));

        var generators = run.Layout.FindFinishedGenerators();
        Assert.Equal(new[] { "pretrained", "ddpo" }, generators.Keys);
        using var pretrained = generators["pretrained"].Load(torch.CPU);
        using var tuned = generators["ddpo"].Load(torch.CPU);
        var sampling = run.Config.Generator.Sampling with { Seed = 3 };
        string prompt = "a dermoscopic image of melanoma showing ink markings on type II skin";
        using var before = pretrained.CreateSampler().Sample(new[] { prompt }, sampling);
        using var after = tuned.CreateSampler().Sample(new[] { prompt }, sampling);
        double change = (after.Images - before.Images).abs().max().item<float>();
        Assert.True(change > 1e-4, $"the tuned generator's image differs from the pretrained one's by only {change}");
    }

    [Fact]
    public void AnInterruptedRunResumesToTheSameAdaptersOnlyWhenAsked()
    {
        using var run = TrainedTinyRun();
        var stage = new DdpoFineTuningStage(run.Config, run.Layout);
        using (var cancel = new CancellationTokenSource())
            stage.Run("cpu", resume: false, restart: false,
                progress: p => { if (p.Stage == DdpoStage.EpochCompleted) cancel.Cancel(); }, cancellation: cancel.Token);
        Assert.True(stage.HasCheckpoint);
        Assert.False(stage.IsComplete);
        Assert.DoesNotContain("ddpo", run.Layout.FindFinishedGenerators().Keys);
        Assert.Contains("pass --resume", Assert.Throws<WorkflowStateException>(() => stage.Run("cpu", resume: false, restart: false)).Message);

        // A checkpoint is only continued under the settings it started with.
        run.Config.Ddpo.Training = run.Config.Ddpo.Training with { LearningRate = 0.01 };
        Assert.Contains("started with other settings", Assert.Throws<WorkflowStateException>(() => stage.Run("cpu", resume: true, restart: false)).Message);
        run.Config.Ddpo.Training = run.Config.Ddpo.Training with { LearningRate = 0.02 };

        var resumed = stage.Run("cpu", resume: true, restart: false);
        byte[] resumedAdapters = File.ReadAllBytes(resumed.TunedWeightsPath!);
        var straight = stage.Run("cpu", resume: false, restart: true);

        Assert.Equal(2, resumed.Epoch);
        Assert.Equal(resumed.History.Select(e => e.RewardMean), straight.History.Select(e => e.RewardMean));
        Assert.Equal(resumedAdapters, File.ReadAllBytes(straight.TunedWeightsPath!));
    }
}
