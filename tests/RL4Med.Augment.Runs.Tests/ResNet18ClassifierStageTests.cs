using System.Text.Json;
using RL4Med.Augment.Classification.Manifest;
using RL4Med.Augment.Classification.Estimators;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Pretrained.Caching;
using RL4Med.Augment.Pretrained.ResNet18;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Runs.Tests;

public class ResNet18ClassifierStageTests
{
    [Fact]
    public void The_resnet18_kind_trains_two_arms_of_the_smoke_data_featurising_each_real_image_once_and_its_zip_rescores_the_test_images()
    {
        using var folder = new TemporaryDirectory("resnet18-arms");
        var config = RunConfig.Load(RepositoryFiles.Path("pipelines/smoke.json"));
        config.Classifier.Kind = DiseaseClassifierKinds.ResNet18;
        config.RunFolder = folder.File("run");
        config.Dataset.Demo.Folder = folder.File("demo");
        new DatasetPreparer(config, folder.Path, folder.Path).Prepare();
        var layout = new RunLayout(config.RunFolder);
        var manifest = ManifestCsv.Read(layout.Manifest);
        int realTrainingImages = manifest.Split(SplitNames.Train).Count;
        var stage = new TrainClassifierStage(config, layout);
        var featureReports = new List<(int Done, int Total)>();

        stage.Run(ArmNames.RealOnly, "cpu", featureProgress: (done, total) => featureReports.Add((done, total)));
        var cacheAfterRealOnly = File.GetLastWriteTimeUtc(layout.ResNet18FeatureCache);
        var metrics = stage.Run(ArmNames.Oversampling, "cpu");

        Assert.Equal(Enumerable.Range(1, realTrainingImages).Select(done => (done, realTrainingImages)), featureReports);
        // The oversampling arm repeats real images only: all cache hits, so the cache was not even rewritten.
        Assert.Equal(realTrainingImages, ImageFeatureCache.Open(layout.ResNet18FeatureCache, ResNet18Features.NetworkName, ResNet18Featurizer.FeatureWidth).Count);
        Assert.Equal(cacheAfterRealOnly, File.GetLastWriteTimeUtc(layout.ResNet18FeatureCache));
        Assert.All(new[] { ArmNames.RealOnly, ArmNames.Oversampling }, arm => Assert.True(stage.IsArmComplete(arm)));

        // predictions.csv came from the model in memory; the saved model.zip scores the test images the same to the bit.
        var written = PredictionsCsv.Read(Path.Combine(layout.Arm(ArmNames.Oversampling), TrainClassifierStage.PredictionsFileName), ArmNames.Oversampling, "mel");
        var testRows = ManifestDataViews.Rows(manifest, SplitNames.Test, row => row.Diagnosis);
        var rescored = stage.ScoreSaved(ArmNames.Oversampling, testRows, layout.Manifest);
        Assert.Equal(written.Predictions.Rows.Select(r => r.PredictedLabel), rescored.Predictions.Rows.Select(r => r.PredictedLabel));
        Assert.Equal(written.Predictions.Rows.Select(r => r.Scores), rescored.Predictions.Rows.Select(r => r.Scores));
        Assert.Equal(written.Predictions.Rows.Average(r => r.PredictedLabel == r.TrueLabel ? 1.0 : 0.0), metrics.MicroAccuracy, 6);

        // metrics.json gives the standard metrics on validation (for choosing a classifier) and on test.
        using var saved = JsonDocument.Parse(File.ReadAllText(Path.Combine(layout.Arm(ArmNames.Oversampling), TrainClassifierStage.MetricsFileName)));
        var validation = saved.RootElement.GetProperty("validation").GetProperty("overall");
        var test = saved.RootElement.GetProperty("test").GetProperty("overall");
        Assert.Equal(manifest.Split(SplitNames.Validation).Count, validation.GetProperty("n").GetDouble());
        Assert.Equal(testRows.Count, test.GetProperty("n").GetDouble());
        Assert.Equal(metrics.MicroAccuracy, test.GetProperty("accuracy").GetDouble(), 6);
        Assert.Equal(metrics.MacroAccuracy, test.GetProperty("balanced_accuracy").GetDouble(), 6);
    }
}
