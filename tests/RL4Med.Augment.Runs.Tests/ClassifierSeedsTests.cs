using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Runs.Reports;
using RL4Med.Augment.Runs.Stages;

namespace RL4Med.Augment.Runs.Tests;

public class ClassifierSeedsTests
{
    [Fact]
    public void Seed_zero_is_the_configured_run_and_later_seeds_derive_from_it()
    {
        using var run = new TinyRun();

        var seeds = ClassifierSeed.First(run.Config, 3);

        Assert.Equal(new ClassifierSeed(0, run.Config.Seed, run.Config.Classifier.Cnn.Seed), seeds[0]);
        Assert.Equal(3, seeds.Select(seed => seed.RunSeed).Distinct().Count());
        Assert.Equal(seeds, ClassifierSeed.First(run.Config, 3));
        Assert.Equal(run.Layout.Arm(ArmNames.RealOnly), run.Layout.Arm(ArmNames.RealOnly, 0));
        Assert.Equal(Path.Combine(run.Layout.Root, "classifier", "seed-2", ArmNames.RealOnly), run.Layout.Arm(ArmNames.RealOnly, 2));
    }

    [Fact]
    public void Two_seeds_train_each_arm_twice_keep_seed_zero_where_one_seed_puts_it_and_the_report_pools_them()
    {
        using var run = new TinyRun();
        run.Config.Seeds = 2;
        string[] arms = [ArmNames.RealOnly, ArmNames.Oversampling];

        new TrainClassifierStage(run.Config, run.Layout, new StageOptions { Device = "cpu" }, arms).Run(new SilentProgress(), CancellationToken.None);

        foreach (string arm in arms)
            Assert.All(new[] { 0, 1 }, seed => Assert.True(File.Exists(Path.Combine(run.Layout.Arm(arm, seed), TrainClassifierStage.PredictionsFileName))));
        Assert.False(Directory.Exists(run.Layout.Arm(ArmNames.RealOnly, 2)));
        // Seed 0 was trained with exactly the settings of a single-seed run: that run finds it complete and trains nothing.
        run.Config.Seeds = 1;
        Assert.True(new TrainClassifierStage(run.Config, run.Layout, arms: arms).IsComplete);
        run.Config.Seeds = 2;
        var seed0 = PredictionsCsv.Read(Path.Combine(run.Layout.Arm(ArmNames.RealOnly, 0), TrainClassifierStage.PredictionsFileName), ArmNames.RealOnly, "mel");
        var seed1 = PredictionsCsv.Read(Path.Combine(run.Layout.Arm(ArmNames.RealOnly, 1), TrainClassifierStage.PredictionsFileName), ArmNames.RealOnly, "mel");
        Assert.Equal(seed0.SampleIds, seed1.SampleIds);
        Assert.NotEqual(seed0.Predictions.Rows.Select(row => row.Scores[0]), seed1.Predictions.Rows.Select(row => row.Scores[0]));

        var (files, results) = new ReportStage(run.Config, run.Layout, "{ }").Run();

        Assert.Equal(2, results.ClassifierClaim.Seeds);
        Assert.Equal(2, results.ClassifierClaim.Rows[0].Values["accuracy"].BySeed.Count);
        Assert.Contains("classifier seed 1", results.Seeds.Keys);
        Assert.Contains("Generator trained once; classifier arms repeated over 2 seeds.", File.ReadAllText(files.Single(f => f.EndsWith(".md"))));
        Assert.StartsWith("The test split was used once, for the numbers shown", results.ModelSelection);

        run.Config.Seeds = 3;
        var missing = Assert.Throws<WorkflowStateException>(() => new ReportStage(run.Config, run.Layout, "{ }").Run());
        Assert.Contains("arm real_only has no predictions for classifier seed 2: run train-classifier --seeds 3", missing.Message);
    }
}
