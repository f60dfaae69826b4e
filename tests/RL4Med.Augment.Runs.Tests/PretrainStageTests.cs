using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Runs.Generation;

namespace RL4Med.Augment.Runs.Tests;

public class PretrainStageTests
{
    [Fact]
    public void TrainsOnTheRealTrainingImagesAndMarksTheStageComplete()
    {
        using var run = new TinyRun();
        var stage = new PretrainStage(run.Config, run.Layout);
        Assert.False(stage.IsComplete);

        var result = stage.Run("cpu", resume: false, restart: false);

        Assert.Equal(6, result.Step);
        Assert.True(stage.IsComplete);
        using var generator = TrainedGenerator.Load(run.Layout.PretrainedGenerator);
        Assert.Equal(6, generator.TrainedSteps);
        // The vocabulary covers the prompts of every subgroup, also those without training images.
        Assert.Contains("ink", generator.Tokenizer.Vocabulary);
        Assert.Contains("markings", generator.Tokenizer.Vocabulary);
    }

    [Fact]
    public void AnInterruptedStageResumesOnlyWhenAsked()
    {
        using var run = new TinyRun();
        var stage = new PretrainStage(run.Config, run.Layout);
        using (var cancel = new CancellationTokenSource())
            stage.Run("cpu", resume: false, restart: false, progress: p => { if (p.Step == 2) cancel.Cancel(); }, cancellation: cancel.Token);
        Assert.True(stage.HasCheckpoint);
        Assert.False(stage.IsComplete);

        var error = Assert.Throws<WorkflowStateException>(() => stage.Run("cpu", resume: false, restart: false));
        Assert.Contains("pass --resume", error.Message);

        var steps = new List<int>();
        var result = stage.Run("cpu", resume: true, restart: false, progress: p => steps.Add(p.Step));
        Assert.Equal(new[] { 3, 4, 5, 6 }, steps);
        Assert.True(stage.IsComplete);
    }

    [Fact]
    public void TrainingSetPromptsFollowTheTemplate()
    {
        using var run = new TinyRun();
        var manifest = ManifestCsv.Read(run.Layout.Manifest);
        var set = GeneratorTrainingSet.From(manifest, run.Config);
        Assert.Equal(manifest.Split(SplitNames.Train).Count, set.Examples.Count);
        Assert.All(set.Examples, e => Assert.StartsWith("a dermoscopic image of ", e.Prompt));
        Assert.All(set.Examples, e => Assert.Equal(3 * 16 * 16, e.Pixels.Length));
        // Grid prompts: each diagnosis with no artifact, with hair, with ink.
        Assert.Equal(9, set.GridPrompts.Count);
        Assert.Contains(set.GridPrompts, p => p.StartsWith("a dermoscopic image of melanoma showing ink markings on type "));
    }

    [Fact]
    public void RareSubgroupImagesAreRepeatedAsConfiguredAndNoOthers()
    {
        using var run = new TinyRun();
        var manifest = ManifestCsv.Read(run.Layout.Manifest);
        var counts = RL4Med.Augment.Data.Preparation.DatasetPreparer.CountSubgroups(manifest, run.Config);
        var train = manifest.Split(SplitNames.Train);
        int rare = train.Count(r => counts.UnderRepresented.Any(c => c.Key.Equals(counts.Spec.KeyOf(r))));
        Assert.InRange(rare, 1, train.Count - 1);

        var once = GeneratorTrainingSet.From(manifest, run.Config);
        var thrice = GeneratorTrainingSet.From(manifest, run.Config, rareImageRepeats: 3);

        Assert.Equal(train.Count, thrice.Images);
        Assert.Equal(train.Count, once.Examples.Count);
        Assert.Equal(train.Count + 2 * rare, thrice.Examples.Count);
        Assert.Equal(once.Examples.Select(e => e.Prompt).Distinct().Order(), thrice.Examples.Select(e => e.Prompt).Distinct().Order());
    }
}
