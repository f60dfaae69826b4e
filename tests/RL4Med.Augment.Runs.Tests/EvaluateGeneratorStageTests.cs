using System.Globalization;
using System.Text.Json;
using RL4Med.Augment.Pretrained.Caching;
using RL4Med.Augment.Pretrained.ResNet18;
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

        var evaluated = new EvaluateGeneratorStage(run.Config, run.Layout).Run("cpu");
        var result = evaluated.Result;

        // diagnosis x ink: 3 x 2 fully known subgroups, 4 samples each, for the one trained generator.
        Assert.Equal(6, result.Prompts.Count);
        Assert.All(result.Prompts, p => Assert.Equal(4, p.Images));
        // Diagnosis accuracy counts images (a multiple of 1/4); four samples from different seeds are never identical.
        Assert.All(result.Prompts, p => Assert.Equal(Math.Round(p.DiagnosisAccuracy!.Value * 4), p.DiagnosisAccuracy.Value * 4, 6));
        Assert.All(result.Prompts, p => Assert.True(p.Diversity > 0, $"{p.Subgroup}: diversity {p.Diversity}"));
        // Per sample, what the bootstrap over samples resamples: their means are the prompt's values.
        Assert.All(result.Prompts, p => Assert.Equal(p.DiagnosisAccuracy!.Value, p.DiagnosisMatches!.Average(m => m!.Value ? 1.0 : 0.0), 12));
        Assert.All(result.Prompts, p => Assert.Equal(p.Alignment, p.Alignments!.Average(a => a!.Value), 12));
        Assert.All(result.Prompts, p => Assert.Equal(p.ArtifactPrevalenceRate!.Value, p.ArtifactMatches!.Average(m => m!.Value ? 1.0 : 0.0), 12));
        // One generator: nothing to compare, and the Markdown says what would be.
        Assert.Null(evaluated.Comparison);
        Assert.Contains(result.Prompts, p => p.IsRare && p.Subgroup.Contains("ink=1"));
        Assert.Equal(new[] { "bkl", "mel", "nv" }, result.Distances.Select(d => d.Diagnosis).Order());
        Assert.All(result.Distances, d => Assert.True(double.IsFinite(d.ResNet18Distance) && d.ResNet18Distance > 0, $"{d.Diagnosis}: {d.ResNet18Distance}"));
        Assert.All(result.Distances, d => Assert.True(double.IsFinite(d.EvaluatorFeatureDistance) && d.EvaluatorFeatureDistance > 0, $"{d.Diagnosis}: {d.EvaluatorFeatureDistance}"));
        // Per diagnosis: its two prompts (ink or not) x 4 samples, against all its real training images.
        Assert.All(result.Distances, d => Assert.Equal(8, d.GeneratedImages));
        Assert.True(File.Exists(Path.Combine(run.Layout.Evaluation, "generator_evaluation.md")));
        Assert.True(File.Exists(Path.Combine(run.Layout.Evaluation, "pretrained", "model_card.md")));
        Assert.Equal(6, Directory.GetFiles(Path.Combine(run.Layout.Evaluation, "grids"), "pretrained_*.png").Length);

        // The Markdown, the JSON and the report's tables name both distances and carry their numbers and image counts.
        var mel = result.Distances.Single(d => d.Diagnosis == "mel");
        string markdown = File.ReadAllText(Path.Combine(run.Layout.Evaluation, "generator_evaluation.md"));
        Assert.Contains("| generator | diagnosis | generated images | real images | FD (ResNet-18) | FD (evaluator features) |", markdown);
        Assert.Contains("## Pretrained against DDPO", markdown);
        Assert.Contains("evaluate both", markdown);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture,
            $"| pretrained | mel | 8 | {mel.RealImages} | {mel.ResNet18Distance:0.0} | {mel.EvaluatorFeatureDistance:0.0} |"), markdown);
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Layout.Evaluation, "generator_evaluation.json"))))
        {
            var root = json.RootElement;
            Assert.Equal(new[] { "FD (ResNet-18)", "FD (evaluator features)" }, root.GetProperty("distanceFeatures").EnumerateObject().Select(p => p.Name));
            var melJson = root.GetProperty("distances").EnumerateArray().Single(d => d.GetProperty("diagnosis").GetString() == "mel");
            Assert.Equal(mel.ResNet18Distance, melJson.GetProperty("resNet18Distance").GetDouble());
        }
        var distanceTable = GeneratorEvaluationTables.Read(run.Layout.Evaluation)!.Tables[1];
        Assert.Equal(new[] { "FD (ResNet-18) pretrained", "FD (evaluator features) pretrained" }, distanceTable.Columns);
        Assert.Contains(distanceTable.Rows, r => r.Label == $"mel (8 generated vs {mel.RealImages} real images)" && r.Values[0] == mel.ResNet18Distance);
        // The real training images' ResNet-18 features are cached for reruns, one vector per image; generated ones are not.
        var cache = ImageFeatureCache.Open(run.Layout.ResNet18FeatureCache, ResNet18Features.NetworkName, ResNet18Featurizer.FeatureWidth);
        Assert.Equal(result.Distances.Sum(d => d.RealImages), cache.Count);
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
