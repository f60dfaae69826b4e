using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Runs.Reports;

namespace RL4Med.Augment.Runs.Tests;

public class ArmsAndReportTests
{
    [Fact]
    public void OversamplingAddsTheQuotaOfRepeatedRealImagesToTheSameRealSet()
    {
        using var run = new TinyRun();
        var manifest = ManifestCsv.Read(run.Layout.Manifest);
        var sets = new ArmTrainingSets(run.Config, run.Layout, manifest);
        var real = sets.For(ArmNames.RealOnly).Rows;
        var oversampled = sets.For(ArmNames.Oversampling).Rows;

        Assert.Equal(manifest.Split(SplitNames.Train).Count, real.Count);
        Assert.Equal(real, oversampled.Take(real.Count));
        var extra = oversampled.Skip(real.Count).ToList();
        Assert.NotEmpty(extra);
        Assert.All(extra, r => Assert.Contains(real, o => o.ImagePath == r.ImagePath && o.Diagnosis == r.Diagnosis));
        Assert.Equal(extra.Count, extra.Select(r => r.SampleId).Distinct().Count());
        // Same seed, same draw.
        Assert.Equal(extra.Select(r => r.SampleId), new ArmTrainingSets(run.Config, run.Layout, manifest).For(ArmNames.Oversampling).Rows.Skip(real.Count).Select(r => r.SampleId));
    }

    [Fact]
    public void AugmentedArmsWithoutSyntheticImagesSayWhatToRun()
    {
        using var run = new TinyRun();
        var sets = new ArmTrainingSets(run.Config, run.Layout, ManifestCsv.Read(run.Layout.Manifest));
        var error = Assert.Throws<WorkflowStateException>(() => sets.For(ArmNames.DdpoAugmented));
        Assert.Contains("run augment first", error.Message);
    }

    [Fact]
    public void TrainedArmsScoreTheRealTestImagesAndTheReportComparesThem()
    {
        using var run = new TinyRun();
        var stage = new TrainClassifierStage(run.Config, run.Layout);
        foreach (string arm in new[] { ArmNames.RealOnly, ArmNames.Oversampling })
        {
            var metrics = stage.Run(arm, "cpu");
            // ML.NET's accuracy and the saved predictions describe the same scoring.
            var saved = PredictionsCsv.Read(Path.Combine(run.Layout.Arm(arm), TrainClassifierStage.PredictionsFileName), arm, "mel").Predictions;
            Assert.Equal(saved.Rows.Average(row => row.PredictedLabel == row.TrueLabel ? 1.0 : 0.0), metrics.MicroAccuracy, 6);
            Assert.True(stage.IsArmComplete(arm));
        }
        var testIds = ManifestCsv.Read(run.Layout.Manifest).Split(SplitNames.Test).Select(r => r.SampleId).ToList();
        var predictions = PredictionsCsv.Read(Path.Combine(run.Layout.Arm(ArmNames.RealOnly), TrainClassifierStage.PredictionsFileName), ArmNames.RealOnly, "mel");
        Assert.Equal(testIds, predictions.SampleIds);
        Assert.True(File.Exists(Path.Combine(run.Layout.Arm(ArmNames.RealOnly), TrainClassifierStage.ModelFileName)));

        var (files, results) = new ReportStage(run.Config, run.Layout, "{ }").Run();

        Assert.Equal(3, files.Count);
        Assert.Contains("oversampling", results.Headline.Sentence, StringComparison.OrdinalIgnoreCase);
        string html = File.ReadAllText(files.Single(f => f.EndsWith(".html")));
        Assert.Contains("<svg", html);
        Assert.Contains("real training images", html); // examples of the under-represented subgroups
        Assert.Null(results.AutoencoderReconstruction); // a generator on pixels has no autoencoder to report
        Assert.DoesNotContain("Autoencoder reconstruction", html);
    }
}
