using System.Text.Json;
using System.Text.Json.Nodes;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Metrics;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Reporting.Rendering;
using RL4Med.Augment.Runs.Evaluation;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Runs.Tests;

/// <summary>The generator claim's evidence from a hand-made evaluation whose per-sample results are known.</summary>
public class GeneratorEvidenceTests
{
    private static readonly BootstrapOptions Options = new() { Resamples = 200, Seed = 3 };

    private const string RareMel = "diagnosis=mel, ink=1", RareNv = "diagnosis=nv, ink=1", CommonNv = "diagnosis=nv, ink=0", CommonMel = "diagnosis=mel, ink=0";

    private static PromptEvaluation Prompt(string generator, string subgroup, bool rare, bool?[]? artifacts, bool[]? diagnosis = null, double[]? alignments = null) =>
        new(generator, subgroup, $"prompt for {subgroup}", rare, artifacts?.Length ?? 4, null, null, new Dictionary<string, double?> { ["diagnosis"] = 0.5 }, 1.0,
            artifacts, diagnosis?.Select(d => (bool?)d).ToArray(), alignments?.Select(a => (double?)a).ToArray());

    /// <summary>
    /// APR per prompt: rare mel 1/4 → 3/4, rare nv (one sample unjudged) 0/3 → 2/3, common nv 3/4 → 4/4, both generators
    /// identical on diagnosis and alignment of common nv; common mel has no per-sample results.
    /// </summary>
    private static GeneratorEvaluationResult Evaluation(bool withDdpo = true, bool perSampleAlignment = true)
    {
        bool[]? D(params bool[] values) => perSampleAlignment ? values : null;
        double[]? A(params double[] values) => perSampleAlignment ? values : null;
        var prompts = new List<PromptEvaluation>
        {
            Prompt(GeneratorNames.Pretrained, RareMel, true, [true, false, false, false], D(true, true, false, true), A(1, 0.5, 0.5, 0)),
            Prompt(GeneratorNames.Pretrained, RareNv, true, [false, false, null, false], D(false, true, true, true), A(0.5, 0.5, 1, 0.5)),
            Prompt(GeneratorNames.Pretrained, CommonNv, false, [true, true, true, false], D(true, true, true, false), A(1, 1, 1, 0)),
            Prompt(GeneratorNames.Pretrained, CommonMel, false, null),
        };
        if (withDdpo)
            prompts.AddRange(
            [
                Prompt(GeneratorNames.Ddpo, RareMel, true, [true, true, true, false], D(true, true, true, true), A(1, 1, 1, 0.5)),
                Prompt(GeneratorNames.Ddpo, RareNv, true, [true, false, null, true], D(true, true, true, false), A(1, 0.5, 1, 0.5)),
                Prompt(GeneratorNames.Ddpo, CommonNv, false, [true, true, true, true], D(true, true, true, false), A(1, 1, 1, 0)),
                Prompt(GeneratorNames.Ddpo, CommonMel, false, null),
            ]);
        return new GeneratorEvaluationResult(new Dictionary<string, string>(), 4, prompts, []);
    }

    private static void AssertValues(double pretrained, double ddpo, IntervalValues actual)
    {
        Assert.Equal(pretrained, actual.Pretrained, 12);
        Assert.Equal(ddpo, actual.Ddpo, 12);
        Assert.Equal(ddpo - pretrained, actual.Gain, 12);
    }

    private sealed record IntervalValues(double Pretrained, double Ddpo, double Gain)
    {
        public static IntervalValues Of(PooledComparison group) => new(group.Pretrained.Value, group.Ddpo.Value, group.Gain.Difference);

        public static IntervalValues Of(PromptComparison prompt) => new(prompt.Pretrained.Value, prompt.Ddpo.Value, prompt.Gain.Difference);
    }

    [Fact]
    public void The_point_estimates_are_the_per_prompt_shares_and_their_means_over_rare_and_common_prompts()
    {
        GeneratorComparison comparison = GeneratorEvidence.From(Evaluation(), Options)!;

        QuantityComparison apr = comparison.Apr;
        Assert.Equal("APR", apr.Name);
        AssertValues((0.25 + 0) / 2, (0.75 + 2.0 / 3) / 2, IntervalValues.Of(apr.Rare));
        AssertValues(0.75, 1, IntervalValues.Of(apr.Common));
        Assert.Equal((0.5 + 2.0 / 3) / 2 - 0.25, apr.RareGainOverCommonGain.Difference, 12);
        Assert.Equal((2, 7, 1, 4), (apr.Rare.Prompts, apr.Rare.Samples, apr.Common.Prompts, apr.Common.Samples));
        // The prompt without per-sample results is left out; the others keep their order, each with its judged samples.
        Assert.Equal([(RareMel, true, 4), (RareNv, true, 3), (CommonNv, false, 4)], apr.Prompts.Select(p => (p.Subgroup, p.IsRare, p.Samples)));
        AssertValues(0.25, 0.75, IntervalValues.Of(apr.Prompts[0]));
        AssertValues(0, 2.0 / 3, IntervalValues.Of(apr.Prompts[1]));

        QuantityComparison alignment = comparison.Alignment!, diagnosis = comparison.DiagnosisAccuracy!;
        AssertValues((0.5 + 0.625) / 2, (0.875 + 0.75) / 2, IntervalValues.Of(alignment.Rare));
        AssertValues((0.75 + 0.75) / 2, (1 + 0.75) / 2, IntervalValues.Of(diagnosis.Rare));
        AssertValues(0.75, 0.75, IntervalValues.Of(diagnosis.Common));
        Assert.Equal((2, 8), (diagnosis.Rare.Prompts, diagnosis.Rare.Samples));
        Assert.Equal((4, 200, 0.95), (comparison.SamplesPerPrompt, comparison.Resamples, comparison.ConfidenceLevel));
    }

    [Fact]
    public void Intervals_are_paired_within_each_prompt_and_the_same_for_the_same_seed()
    {
        GeneratorComparison comparison = GeneratorEvidence.From(Evaluation(), Options)!;

        // Common nv: DDPO shows the artifacts in every sample, so its APR never varies; diagnosis and alignment are the
        // pretrained generator's, sample for sample, so their gain is 0 in every resample.
        PromptComparison commonApr = comparison.Apr.Prompts[2];
        Assert.Equal((1.0, 1.0), (commonApr.Ddpo.Lower, commonApr.Ddpo.Upper));
        Assert.True(commonApr.Pretrained.Upper - commonApr.Pretrained.Lower >= 0.5, $"{commonApr.Pretrained}");
        Assert.Equal((0.0, 0.0, 0.0), (comparison.Alignment!.Prompts[2].Gain.Difference, comparison.Alignment.Prompts[2].Gain.Lower, comparison.Alignment.Prompts[2].Gain.Upper));
        Assert.All(comparison.Quantities().SelectMany(q => q.Prompts.Select(p => p.Gain)).Append(comparison.Apr.Rare.Gain),
            gain => Assert.InRange(gain.Difference, gain.Lower, gain.Upper));
        Assert.Equal(JsonSerializer.Serialize(comparison), JsonSerializer.Serialize(GeneratorEvidence.From(Evaluation(), Options)));
        Assert.NotEqual(JsonSerializer.Serialize(comparison), JsonSerializer.Serialize(GeneratorEvidence.From(Evaluation(), Options with { Seed = 4 })));
    }

    [Fact]
    public void There_is_no_comparison_without_both_generators_or_per_sample_results()
    {
        var withoutSamples = Evaluation() with { Prompts = Evaluation().Prompts.Select(p => p with { ArtifactMatches = null }).ToList() };

        Assert.Null(GeneratorEvidence.From(Evaluation(withDdpo: false), Options));
        Assert.Null(GeneratorEvidence.From(withoutSamples, Options));
    }

    [Fact]
    public void An_evaluation_written_before_per_sample_alignment_was_recorded_still_reads_and_compares_apr()
    {
        using var folder = new TemporaryDirectory("generator-evidence");
        var json = JsonNode.Parse(JsonSerializer.Serialize(Evaluation(), JsonFormats.Readable))!;
        foreach (JsonObject prompt in json["prompts"]!.AsArray().Cast<JsonObject>())
        {
            prompt.Remove("diagnosisMatches");
            prompt.Remove("alignments");
        }
        File.WriteAllText(folder.File(GeneratorEvaluationTables.FileName), json.ToJsonString());

        GeneratorEvaluationResult old = GeneratorEvaluationTables.ReadResult(folder.Path)!;
        GeneratorComparison comparison = GeneratorEvidence.From(old, Options)!;

        Assert.Equal(JsonSerializer.Serialize(GeneratorEvidence.From(Evaluation(perSampleAlignment: false), Options)), JsonSerializer.Serialize(comparison));
        Assert.Null(comparison.Alignment);
        Assert.Null(comparison.DiagnosisAccuracy);
        Assert.Equal(0.125, comparison.Apr.Rare.Pretrained.Value, 12);
    }

    [Fact]
    public void Evaluate_generators_markdown_shows_the_per_prompt_intervals_as_the_report_does()
    {
        GeneratorEvaluationResult evaluation = Evaluation();
        GeneratorComparison comparison = GeneratorEvidence.From(evaluation, Options)!;

        string markdown = EvaluateGeneratorStage.Markdown(new EvaluatedGenerators(evaluation, comparison));
        string single = EvaluateGeneratorStage.Markdown(new EvaluatedGenerators(Evaluation(withDdpo: false), null));

        Assert.Contains("## Pretrained against DDPO", markdown);
        Assert.Contains(ReportWriter.Markdown(comparison), markdown);
        PromptComparison rareMel = comparison.Apr.Prompts[0];
        Assert.Contains(FormattableString.Invariant(
            $"| diagnosis=mel, ink=1 ⚑ under-represented | 4 | 0.250 [{rareMel.Pretrained.Lower:0.000}, {rareMel.Pretrained.Upper:0.000}] | 0.750 [{rareMel.Ddpo.Lower:0.000}, {rareMel.Ddpo.Upper:0.000}] |"),
            markdown);
        Assert.Contains("evaluate both", single);
    }

}
