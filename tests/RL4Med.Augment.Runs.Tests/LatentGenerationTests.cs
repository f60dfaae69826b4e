using System.Globalization;
using System.Text.Json;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Runs.Generation;
using RL4Med.Augment.Runs.Reports;
using RL4Med.Augment.Runs.Stages;

namespace RL4Med.Augment.Runs.Tests;

/// <summary>Latent generation (<c>generator.autoencoder</c>) through the real stages of a tiny run.</summary>
public class LatentGenerationTests
{
    [Fact]
    public void AnAutoencoderStageStoppedMidTrainingResumesToTheSameFileAsAnUninterruptedOne()
    {
        using var straight = new TinyRun(latent: true);
        new AutoencoderStage(straight.Config, straight.Layout).Run("cpu", resume: false, restart: false);

        using var run = new TinyRun(latent: true);
        var stage = new AutoencoderStage(run.Config, run.Layout);
        using (var cancel = new CancellationTokenSource())
            Assert.Null(stage.Run("cpu", resume: false, restart: false, progress: p => { if (p.Step == 3) cancel.Cancel(); }, cancellation: cancel.Token));
        Assert.True(stage.HasCheckpoint);
        Assert.False(stage.IsComplete);
        Assert.Contains("pass --resume", Assert.Throws<WorkflowStateException>(() => stage.Run("cpu", resume: false, restart: false)).Message);

        var steps = new List<int>();
        var quality = stage.Run("cpu", resume: true, restart: false, progress: p => steps.Add(p.Step));

        Assert.Equal(new[] { 4, 5, 6 }, steps);
        Assert.True(stage.IsComplete);
        Assert.Equal(File.ReadAllBytes(straight.Layout.AutoencoderFile), File.ReadAllBytes(run.Layout.AutoencoderFile));
        Assert.Equal(8, quality!.Images);
        Assert.InRange(quality.Ssim, -1, 1);
        Assert.Null(quality.RewardAgreement); // stage reward has not run
        foreach (var output in new[] { "reconstruction.json", "reconstruction.md", "reconstruction.png" })
            Assert.True(File.Exists(Path.Combine(run.Layout.Autoencoder, output)), output);
    }

    [Fact]
    public void ALatentRunTrainsSamplesTunesAndAugmentsThroughTheDecoder()
    {
        using var run = new TinyRun(latent: true);
        run.Config.Ddpo = new DdpoConfig
        {
            Training = new DdpoOptions { Epochs = 1, SamplesPerEpoch = 8, SampleBatchSize = 8, TrainBatchSize = 8, TimestepFraction = 0.5, CheckpointEvery = 1, SampleGridEvery = 0 },
        };
        run.Config.Augment = new AugmentConfig { BatchSize = 8 };
        var stages = RunStages.InOrder(run.Config, run.Layout, "{}", new StageOptions { Device = "cpu", WorkingDirectory = run.Folder, DataRoot = run.Folder });
        Assert.Equal(new[] { "prepare-data", "reward", "autoencoder", "pretrain", "ddpo" }, stages.Take(5).Select(s => s.Name));

        foreach (var name in new[] { "reward", "autoencoder", "pretrain", "ddpo", "augment pretrained" })
        {
            using var stage = stages.Named(name).Open();
            var outcome = stage.Run(new SilentProgress(), CancellationToken.None);
            Assert.False(outcome.Stopped, name);
            Assert.True(stage.IsComplete, name);
        }

        // The reward model ran first, so the reconstructions were judged per head.
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Layout.Autoencoder, "reconstruction.json"))))
            Assert.Equal(new[] { "diagnosis", "hair", "ink", "skin_type" }.Order(),
                json.RootElement.GetProperty("rewardAgreement").EnumerateObject().Select(p => p.Name).Order());
        Assert.True(File.Exists(run.Layout.LatentCache));
        var generators = run.Layout.FindFinishedGenerators();
        foreach (var name in new[] { GeneratorNames.Pretrained, GeneratorNames.Ddpo })
        {
            using var generator = generators[name].Load(TorchSharp.torch.CPU);
            Assert.Equal(4, generator.Model.Options.ImageChannels);
            Assert.Equal(16, generator.OutputImageSize);
            using var result = generator.CreateSampler().Sample(["a dermoscopic image of nevus with no visible artifacts"], run.Config.Generator.Sampling);
            Assert.Equal(new long[] { 1, 3, 16, 16 }, result.Images.shape);
        }
        var image = Directory.EnumerateFiles(run.Layout.Augment(GeneratorNames.Pretrained), "*.png", SearchOption.AllDirectories).First();
        using var bitmap = SkiaSharp.SKBitmap.Decode(image);
        Assert.Equal(16, bitmap.Width);
    }

    [Fact]
    public void TheReportOfALatentRunShowsWhatTheAutoencoderStageMeasuredAndSaysWhenItHasNot()
    {
        using var run = new TinyRun(latent: true);
        var arms = new TrainClassifierStage(run.Config, run.Layout);
        foreach (string arm in new[] { ArmNames.RealOnly, ArmNames.Oversampling }) arms.Run(arm, "cpu");
        var report = new ReportStage(run.Config, run.Layout, "{ }");
        Assert.Contains("## Autoencoder reconstruction\n\nThe autoencoder stage has not measured its reconstructions yet.\n", Markdown(report.Run()));

        var quality = new AutoencoderStage(run.Config, run.Layout).Run("cpu", resume: false, restart: false)!;
        var written = report.Run();

        Assert.Equal(quality, written.Results.AutoencoderReconstruction!.Quality);
        Assert.Contains(
            $"8 validation images, each against its reconstruction: mean PSNR {quality.Psnr.ToString("0.00", CultureInfo.InvariantCulture)} dB, " +
            $"mean SSIM {quality.Ssim.ToString("0.000", CultureInfo.InvariantCulture)}. The reward model's agreement is measured when stage reward has run",
            Markdown(written));
        Assert.Contains(Convert.ToBase64String(File.ReadAllBytes(run.Layout.ReconstructionImage)), File.ReadAllText(written.Html));
    }

    private static string Markdown(WrittenReport report) => File.ReadAllText(report.Files.Single(f => f.EndsWith(".md", StringComparison.Ordinal)));

    private sealed class SilentProgress : IStageProgress
    {
        public void Update(double done, double total, string status)
        {
        }

        public void Log(string line)
        {
        }
    }
}
