using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Demo;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Runs.Reports;
using RL4Med.Augment.Runs.Stages;

namespace RL4Med.Augment.Runs.Tests;

public class ExternalTestFolderTests
{
    /// <summary>The tiny run's arms, with its dataset section read from files as HAM10000's is (the demo folder's layout).</summary>
    private static TinyRun TrainedRunReadingFiles()
    {
        var run = new TinyRun();
        var classifier = new TrainClassifierStage(run.Config, run.Layout);
        classifier.Run(ArmNames.RealOnly, "cpu");
        classifier.Run(ArmNames.Oversampling, "cpu");
        run.Config.Dataset.Source = "ham10000";
        run.Config.Dataset.Files = new TabularSourceConfig { Metadata = "metadata.csv", ImageFolder = "images", ImageExtension = ".png" };
        return run;
    }

    [Fact]
    public void A_folder_in_the_datasets_layout_is_prepared_with_the_runs_settings_and_scored_whole()
    {
        using var run = TrainedRunReadingFiles();
        string folder = Path.Combine(run.Folder, "other-clinic");
        DemoDatasetWriter.EnsureRendered(new DemoDatasetConfig { Images = 60, RenderSize = 32 }, folder, seed: 99);
        var options = new StageOptions { WorkingDirectory = run.Folder };

        var outcome = new ReportStage(run.Config, run.Layout, "{ }", "other-clinic", options).Run(new SilentProgress(), CancellationToken.None);

        var report = Assert.IsType<WrittenReport>(outcome.Result);
        var prepared = ManifestCsv.Read(Path.Combine(run.Layout.External("other-clinic"), "data", "manifest.csv"));
        Assert.Equal(60, prepared.Rows.Count);
        Assert.Equal(60, report.Results.Arms[0].TestImages);
        Assert.Contains("external test set 'other-clinic' (60 real images", report.Results.Settings.TestSetName);
        Assert.True(File.Exists(Path.Combine(run.Layout.External("other-clinic"), ArmNames.Oversampling, TrainClassifierStage.PredictionsFileName)));
    }

    [Fact]
    public void A_folder_without_the_datasets_files_is_an_error_naming_the_folder_and_the_file()
    {
        using var run = TrainedRunReadingFiles();
        string folder = Path.Combine(run.Folder, "wrong-layout");
        Directory.CreateDirectory(Path.Combine(folder, "images"));

        var error = Assert.Throws<InputDataException>(() =>
            new ReportStage(run.Config, run.Layout, "{ }", folder, new StageOptions { WorkingDirectory = run.Folder }).Run(new SilentProgress(), CancellationToken.None));

        Assert.Equal($"{folder}: not in the layout of the configuration's dataset section: dataset.files.metadata 'metadata.csv' is missing ({Path.Combine(folder, "metadata.csv")})",
            error.Message);
        Assert.False(Directory.Exists(run.Layout.External("wrong-layout")));
    }
}
