using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Augmentation;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Runs.Reports;

namespace RL4Med.Augment.Runs.Tests;

public class ExternalTestSetTests
{
    [Fact]
    public void SavedArmsScoreAnotherDatasetWithTheirOwnPreprocessingAndTheReportNamesIt()
    {
        using var run = new TinyRun();
        var classifier = new TrainClassifierStage(run.Config, run.Layout);
        classifier.Run(ArmNames.RealOnly, "cpu");
        classifier.Run(ArmNames.Oversampling, "cpu");
        var manifest = ManifestCsv.Read(run.Layout.Manifest);

        // The run's own test images, read back through the saved model zip, score exactly as when the arm was trained.
        var inRun = PredictionsCsv.Read(Path.Combine(run.Layout.Arm(ArmNames.RealOnly), TrainClassifierStage.PredictionsFileName), ArmNames.RealOnly, "mel");
        var testCopy = Path.Combine(run.Folder, "held-out", "manifest.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(testCopy)!);
        ManifestCsv.Write(testCopy, manifest.AttributeNames, manifest.Split(SplitNames.Test).Select(r => AugmentationInput.WithAbsolutePath(manifest, r)));
        var stage = new ReportStage(run.Config, run.Layout, "{ }");

        var (files, results) = stage.RunOn("held-out", testCopy);

        var rescored = PredictionsCsv.Read(Path.Combine(run.Layout.External("held-out"), ArmNames.RealOnly, TrainClassifierStage.PredictionsFileName), ArmNames.RealOnly, "mel");
        Assert.Equal(inRun.SampleIds, rescored.SampleIds);
        Assert.Equal(inRun.Predictions.Rows.Select(r => r.PredictedLabel), rescored.Predictions.Rows.Select(r => r.PredictedLabel));
        Assert.Equal(inRun.Predictions.Rows.Select(r => r.Scores), rescored.Predictions.Rows.Select(r => r.Scores));
        Assert.All(files, f => Assert.StartsWith(Path.Combine(run.Layout.External("held-out"), "report"), f));
        Assert.Contains("external test set 'held-out'", File.ReadAllText(files.Single(f => f.EndsWith(".md"))));
        Assert.Contains("held-out", results.Settings.TestSetName);
        Assert.Equal(new[] { ArmNames.RealOnly, ArmNames.Oversampling }, results.Arms.Select(a => a.Name));
    }

    [Fact]
    public void OneTrainedArmIsNotEnoughForAReportAndTheErrorSaysWhatToTrain()
    {
        using var run = new TinyRun();
        new TrainClassifierStage(run.Config, run.Layout).Run(ArmNames.RealOnly, "cpu");

        var error = Assert.Throws<WorkflowStateException>(() => new ReportStage(run.Config, run.Layout, "{ }").Run());

        Assert.Contains("only real_only is trained: train another, e.g. train-classifier --arms real_only,oversampling", error.Message);
    }

    [Fact]
    public void ADiagnosisTheModelsNeverLearnedIsAnErrorNamingTheFileAndRow()
    {
        using var run = new TinyRun();
        var classifier = new TrainClassifierStage(run.Config, run.Layout);
        classifier.Run(ArmNames.RealOnly, "cpu");
        classifier.Run(ArmNames.Oversampling, "cpu");
        var manifest = ManifestCsv.Read(run.Layout.Manifest);
        var rows = manifest.Rows.Take(5).Select(r => AugmentationInput.WithAbsolutePath(manifest, r)).ToList();
        rows[3] = new ManifestRow
        {
            SampleId = rows[3].SampleId, ImagePath = rows[3].ImagePath, GroupId = rows[3].GroupId,
            Diagnosis = "akiec", Attributes = rows[3].Attributes, Split = rows[3].Split,
        };
        var path = Path.Combine(run.Folder, "other", "manifest.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ManifestCsv.Write(path, manifest.AttributeNames, rows);

        var error = Assert.Throws<InputDataException>(() => new ReportStage(run.Config, run.Layout, "{ }").RunOn("other", path));

        Assert.StartsWith($"{path}, row 4: sample {rows[3].SampleId}: diagnosis 'akiec' is not a class of the trained models", error.Message);
        Assert.False(Directory.Exists(Path.Combine(run.Layout.Root, "external", "other", "report")));
    }
}
