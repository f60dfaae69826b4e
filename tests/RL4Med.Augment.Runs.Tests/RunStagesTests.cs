using RL4Med.Augment.Runs.Stages;

namespace RL4Med.Augment.Runs.Tests;

public class RunStagesTests
{
    [Fact]
    public void The_run_is_this_ordered_list_of_stages_each_named_as_it_reports()
    {
        using var run = new TinyRun();
        var stages = RunStages.InOrder(run.Config, run.Layout, "{}", new StageOptions { Device = "cpu" });

        Assert.Equal(
            new[] { "prepare-data", "reward", "pretrain", "ddpo", "evaluate-generator", "augment pretrained", "augment ddpo", "train-classifier", "report" },
            stages.Select(stage => stage.Name));
        Assert.Equal(new[] { "reward", "autoencoder", "pretrain", "ddpo" }, RunStages.GeneratorStages);
        foreach (var entry in stages.Take(5).Append(stages.Named("train-classifier")))
        {
            using var stage = entry.Open();
            Assert.Equal(entry.Name, stage.Name);
        }
        var error = Assert.Throws<ArgumentException>(() => stages.Named("train"));
        Assert.Contains("stage 'train' is not one of prepare-data, reward", error.Message);
    }

    [Fact]
    public void Pretraining_reads_the_manifest_and_stops_at_a_checkpoint_while_data_preparation_starts_again()
    {
        using var run = new TinyRun();
        var stages = RunStages.InOrder(run.Config, run.Layout, "{}", new StageOptions { Device = "cpu", WorkingDirectory = run.Folder, DataRoot = run.Folder });
        using var prepare = stages.Named("prepare-data").Open();
        using var pretrain = stages.Named("pretrain").Open();

        Assert.Equal(new[] { run.Layout.Manifest }, pretrain.Inputs);
        Assert.True(pretrain.StopsAtCheckpoint);
        Assert.False(pretrain.IsComplete);
        Assert.False(prepare.StopsAtCheckpoint);
    }
}
