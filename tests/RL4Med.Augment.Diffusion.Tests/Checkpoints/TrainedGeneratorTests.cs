using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Diffusion.Tests.Support;
using RL4Med.Augment.Diffusion.Tests.Training;
using RL4Med.Augment.Diffusion.Training;

namespace RL4Med.Augment.Diffusion.Tests.Checkpoints;

public class TrainedGeneratorTests
{
    [Fact]
    public void Generator_and_checkpoint_files_load_the_EMA_weights_vocabulary_and_options()
    {
        using var folder = new TemporaryDirectory();
        using var trainer = GeneratorTrainer.Create(TinyGenerator.Options(), TinyGenerator.TrainingOptions(steps: 5, folder.Path), TinyGenerator.Tokenizer());
        var result = trainer.Train(TinyGenerator.Examples());

        using var fromGenerator = TrainedGenerator.Load(result.GeneratorPath!);
        using var fromCheckpoint = TrainedGenerator.Load(result.CheckpointPath!);

        AssertMatchesTrainer(fromGenerator, trainer);
        AssertMatchesTrainer(fromCheckpoint, trainer);
    }

    [Fact]
    public void Saved_generator_samples_the_same_images_after_reloading()
    {
        using var folder = new TemporaryDirectory();
        using var trainer = GeneratorTrainer.Create(TinyGenerator.Options(), TinyGenerator.TrainingOptions(steps: 3, folder.Path), TinyGenerator.Tokenizer());
        var result = trainer.Train(TinyGenerator.Examples());
        using var original = TrainedGenerator.Load(result.GeneratorPath!);
        var copy = Path.Combine(folder.Path, "copy.bin");

        original.Save(copy);
        using var reloaded = TrainedGenerator.Load(copy);

        var options = new SamplingOptions { Steps = 3, Eta = 1, Seed = 1 };
        using var before = original.CreateSampler().Sample(TinyGenerator.Prompts, options);
        using var after = reloaded.CreateSampler().Sample(TinyGenerator.Prompts, options);
        Assert.True(before.Images.Equals(after.Images));
    }

    [Fact]
    public void Sampling_only_files_cannot_resume_training_and_foreign_files_are_rejected()
    {
        using var folder = new TemporaryDirectory();
        using var trainer = GeneratorTrainer.Create(TinyGenerator.Options(), TinyGenerator.TrainingOptions(steps: 1, folder.Path), TinyGenerator.Tokenizer());
        var result = trainer.Train(TinyGenerator.Examples());
        var foreign = Path.Combine(folder.Path, "foreign.bin");
        File.WriteAllText(foreign, "not a checkpoint");

        Assert.Throws<InvalidDataException>(() => GeneratorTrainer.Resume(result.GeneratorPath!));
        Assert.Throws<InvalidDataException>(() => TrainedGenerator.Load(foreign));
    }

    private static void AssertMatchesTrainer(TrainedGenerator loaded, GeneratorTrainer trainer)
    {
        Assert.Equal(5, loaded.TrainedSteps);
        Assert.Equal(trainer.Tokenizer.Vocabulary, loaded.Tokenizer.Vocabulary);
        Assert.Equal(trainer.Tokenizer.MaxLength, loaded.Tokenizer.MaxLength);
        Assert.Equal(trainer.Model.Options.Channels, loaded.Model.Options.Channels);
        Assert.Equal(trainer.Model.Options.SelfAttentionLevels, loaded.Model.Options.SelfAttentionLevels);
        Assert.Equal(trainer.Model.Options.ImageSize, loaded.Model.Options.ImageSize);
        Assert.Equal(trainer.Model.Options.TextWidth, loaded.Model.Options.TextWidth);
        GeneratorTrainerTests.AssertIdenticalWeights(trainer.EmaModel, loaded.Model);
    }
}
