using RL4Med.Augment.Runs.Evaluation;
using RL4Med.Augment.Runs.Generation;

namespace RL4Med.Augment.Runs.Tests;

public class EvaluateGeneratorStageTests
{
    [Fact]
    public void JudgesEveryKnownSubgroupPromptWithTheEvaluatorAndWritesTablesGridsAndAModelCard()
    {
        using var run = new TinyRun();
        new RewardStage(run.Config, run.Layout).Run("cpu");
        new PretrainStage(run.Config, run.Layout).Run("cpu", resume: false, restart: false);

        var result = new EvaluateGeneratorStage(run.Config, run.Layout).Run("cpu");

        // diagnosis x ink: 3 x 2 fully known subgroups, 4 samples each, for the one trained generator.
        Assert.Equal(6, result.Prompts.Count);
        Assert.All(result.Prompts, p => Assert.Equal(4, p.Images));
        // Diagnosis accuracy counts images (a multiple of 1/4); four samples from different seeds are never identical.
        Assert.All(result.Prompts, p => Assert.Equal(Math.Round(p.DiagnosisAccuracy!.Value * 4), p.DiagnosisAccuracy.Value * 4, 6));
        Assert.All(result.Prompts, p => Assert.True(p.Diversity > 0, $"{p.Subgroup}: diversity {p.Diversity}"));
        Assert.Contains(result.Prompts, p => p.IsRare && p.Subgroup.Contains("ink=1"));
        Assert.Equal(new[] { "bkl", "mel", "nv" }, result.Distances.Select(d => d.Diagnosis).Order());
        Assert.All(result.Distances, d => Assert.True(double.IsFinite(d.FrechetDistance) && d.FrechetDistance > 0, $"{d.Diagnosis}: {d.FrechetDistance}"));
        Assert.True(File.Exists(Path.Combine(run.Layout.Evaluation, "generator_evaluation.md")));
        Assert.True(File.Exists(Path.Combine(run.Layout.Evaluation, "pretrained", "model_card.md")));
        Assert.Equal(6, Directory.GetFiles(Path.Combine(run.Layout.Evaluation, "grids"), "pretrained_*.png").Length);
    }
}

public class PromptEvaluationTests
{
    [Fact]
    public void AlignmentIsTheMeanAccuracyOverTheJudgedAttributes()
    {
        var evaluation = new PromptEvaluation("ddpo", "diagnosis=mel, ink=1", "a dermoscopic image of melanoma showing ink markings", true, 4,
            0.25, 1.0, new Dictionary<string, double?> { ["diagnosis"] = 1.0, ["ink"] = 0.25, ["hair"] = 0.5, ["skin_type"] = null }, 3.0);

        Assert.Equal((1.0 + 0.25 + 0.5) / 3, evaluation.Alignment, 12);
    }
}
