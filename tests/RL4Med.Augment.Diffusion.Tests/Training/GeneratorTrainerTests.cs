using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Torch.Training;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Tests.Support;
using RL4Med.Augment.Diffusion.Training;

namespace RL4Med.Augment.Diffusion.Tests.Training;

public class GeneratorTrainerTests
{
    [Fact]
    public void A_few_dozen_steps_on_eight_images_bring_the_loss_well_down()
    {
        var losses = new List<double>();
        using var trainer = GeneratorTrainer.Create(TinyGenerator.Options(), TinyGenerator.TrainingOptions(steps: 60), TinyGenerator.Tokenizer());

        var result = trainer.Train(TinyGenerator.Examples(), p => losses.Add(p.Loss));

        Assert.Equal(60, result.Step);
        Assert.Equal(60, losses.Count);
        var start = losses.Take(5).Average();
        var end = losses.TakeLast(10).Average();
        Assert.InRange(start, 0.8, 1.2); // the zero-initialised output predicts no noise: MSE = E[noise^2] = 1
        Assert.True(end < 0.5 * start, $"loss went from {start:F3} to {end:F3}");
    }

    [Fact]
    public void ProgressReportsStepsEpochsAndTheWarmUpLearningRate()
    {
        var reports = new List<GeneratorTrainingProgress>();
        var options = TinyGenerator.TrainingOptions(steps: 6);
        using var trainer = GeneratorTrainer.Create(TinyGenerator.Options(), options, TinyGenerator.Tokenizer());

        trainer.Train(TinyGenerator.Examples(count: 16), reports.Add);

        Assert.Equal(Enumerable.Range(1, 6), reports.Select(r => r.Step));
        Assert.Equal(0.5, reports[0].Epoch, 6); // batch 8 of 16 examples
        Assert.Equal(options.LearningRate / 5, reports[0].LearningRate, 12);
        Assert.Equal(options.LearningRate, reports[5].LearningRate, 12);
        Assert.All(reports, r => Assert.True(r.ImagesPerSecond > 0 && r.GradientNorm > 0));
        Assert.Equal(TimeSpan.Zero, reports[^1].EstimatedRemaining);
    }

    [Fact]
    public void Resuming_from_a_checkpoint_repeats_an_uninterrupted_run()
    {
        using var folder = new TemporaryDirectory();
        var examples = TinyGenerator.Examples(count: 12);
        var model = TinyGenerator.Options(dropout: 0.1); // dropout masks must be reproduced too

        using var straight = GeneratorTrainer.Create(model, TinyGenerator.TrainingOptions(steps: 8), TinyGenerator.Tokenizer());
        straight.Train(examples);

        using (var firstHalf = GeneratorTrainer.Create(model, TinyGenerator.TrainingOptions(steps: 4, folder.Path), TinyGenerator.Tokenizer()))
            firstHalf.Train(examples);
        using var resumed = GeneratorTrainer.Resume(Path.Combine(folder.Path, GeneratorTrainer.CheckpointFileName), o => o with { Steps = 8 });
        Assert.Equal(4, resumed.Step);
        resumed.Train(examples);

        AssertIdenticalWeights(straight.Model, resumed.Model);
        AssertIdenticalWeights(straight.EmaModel, resumed.EmaModel);
    }

    [Fact]
    public void A_NaN_loss_that_retries_do_not_clear_stops_training_naming_the_step_and_keeps_the_last_checkpoint()
    {
        using var folder = new TemporaryDirectory();
        using (var trainer = GeneratorTrainer.Create(TinyGenerator.Options(), TinyGenerator.TrainingOptions(steps: 3, folder.Path), TinyGenerator.Tokenizer()))
            trainer.Train(TinyGenerator.Examples());
        var checkpoint = Path.Combine(folder.Path, GeneratorTrainer.CheckpointFileName);
        var before = File.ReadAllBytes(checkpoint);
        var examples = TinyGenerator.Examples();
        examples[5].Pixels[17] = float.NaN; // every batch of 8 contains example 5

        using var resumed = GeneratorTrainer.Resume(checkpoint, o => o with { Steps = 6, CheckpointEvery = 1 });
        var error = Assert.Throws<NonFiniteTrainingException>(() => resumed.Train(examples));

        Assert.Equal(4, error.Step);
        Assert.Equal("loss", error.Quantity);
        Assert.Equal(1 + NonFiniteStepRetry.DefaultMaxRetries, error.Attempts);
        Assert.Contains("generator pretraining stopped at step 4", error.Message);
        Assert.Contains("doctor", error.Message);
        Assert.Contains(checkpoint, error.Message);
        Assert.Equal(before, File.ReadAllBytes(checkpoint));
        Assert.Equal(3, resumed.Step);
        Assert.DoesNotContain(resumed.Model.parameters(), p => p.isnan().any().item<bool>());
    }

    [Fact]
    public void Training_writes_the_checkpoint_the_generator_and_sample_grids()
    {
        using var folder = new TemporaryDirectory();
        var options = TinyGenerator.TrainingOptions(steps: 4, folder.Path) with { CheckpointEvery = 2, SampleGridEvery = 3 };
        var reports = new List<GeneratorTrainingProgress>();
        using var trainer = GeneratorTrainer.Create(TinyGenerator.Options(), options, TinyGenerator.Tokenizer());

        var result = trainer.Train(TinyGenerator.Examples(), reports.Add);

        Assert.Equal(Path.Combine(folder.Path, "checkpoint.bin"), reports[1].SavedCheckpoint);
        Assert.Equal(Path.Combine(folder.Path, "samples", "step_000003.png"), reports[2].SavedSampleGrid);
        Assert.True(File.Exists(reports[2].SavedSampleGrid));
        Assert.True(File.Exists(Path.Combine(folder.Path, "samples", "step_000004.png"))); // final grid
        Assert.Equal(Path.Combine(folder.Path, "checkpoint.bin"), result.CheckpointPath);
        Assert.True(File.Exists(result.GeneratorPath));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Mismatched_images_and_unknown_prompts_fail_before_training()
    {
        using var trainer = GeneratorTrainer.Create(TinyGenerator.Options(), TinyGenerator.TrainingOptions(steps: 1), TinyGenerator.Tokenizer());

        var wrongSize = new[] { new GeneratorExample(new float[3 * 8 * 8], TinyGenerator.Prompts[0]) };
        Assert.Contains("3x16x16", Assert.Throws<ArgumentException>(() => trainer.Train(wrongSize)).Message);
        var unknownWord = new[] { new GeneratorExample(new float[3 * 16 * 16], "a dermoscopic image of a basal cell carcinoma") };
        Assert.Throws<RL4Med.Augment.Diffusion.Prompts.UnknownPromptWordException>(() => trainer.Train(unknownWord));
        Assert.Equal(0, trainer.Step);
    }

    internal static void AssertIdenticalWeights(DiffusionGenerator expected, DiffusionGenerator actual)
    {
        foreach (var ((name, a), (_, b)) in expected.named_parameters().Zip(actual.named_parameters()))
        {
            var difference = (a - b).abs().max().item<float>();
            Assert.True(difference == 0, $"{name} differs by {difference}");
        }
    }
}
