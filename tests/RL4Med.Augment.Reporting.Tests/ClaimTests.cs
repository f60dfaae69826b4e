using System.Text.Json;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Reporting.Rendering;

namespace RL4Med.Augment.Reporting.Tests;

public sealed class ClaimTests
{
    private static Claim ClassifierClaim(bool oversamplingRareRight, bool ddpoRareRight) =>
        ReportComputation.Run(Build.Inputs(
            Build.RareAllRightOrWrong(ArmNames.Oversampling, oversamplingRareRight),
            Build.RareAllRightOrWrong(ArmNames.DdpoAugmented, ddpoRareRight))).Claims.Single(claim => claim.Number == 2);

    [Fact]
    public void The_classifier_claim_held_when_its_interval_lies_above_zero()
    {
        Claim claim = ClassifierClaim(oversamplingRareRight: false, ddpoRareRight: true);

        Assert.Equal(ClaimOutcome.Held, claim.Outcome);
        Assert.Equal("Claim 2 held: DDPO augmentation against oversampling, accuracy on the under-represented subgroups pooled: " +
                     "+1.000 [1.000, 1.000] (one classifier seed).", claim.Sentence);
        Assert.StartsWith("Decided on DDPO augmentation minus oversampling in accuracy on the under-represented subgroups pooled", claim.Rule);
    }

    [Fact]
    public void The_classifier_claim_did_not_hold_when_its_interval_lies_below_zero()
    {
        Claim claim = ClassifierClaim(oversamplingRareRight: true, ddpoRareRight: false);

        Assert.Equal(ClaimOutcome.DidNotHold, claim.Outcome);
        Assert.StartsWith("Claim 2 did not hold: DDPO augmentation against oversampling, accuracy on the under-represented subgroups pooled: -1.000 [-1.000, -1.000]", claim.Sentence);
    }

    [Fact]
    public void The_classifier_claim_is_undecided_when_its_interval_includes_zero()
    {
        Claim claim = ReportComputation.Run(Build.Inputs(Build.Seeded(ArmNames.Oversampling, 0.7), Build.Seeded(ArmNames.DdpoAugmented, 0.75)))
            .Claims.Single(claim => claim.Number == 2);

        Assert.Equal(ClaimOutcome.Undecided, claim.Outcome);
        Assert.StartsWith("Claim 2 is undecided because the interval includes 0: DDPO augmentation against oversampling", claim.Sentence);
    }

    private static IntervalEstimate Around(double value) => new(value, value - 0.1, value + 0.1);

    private static PooledComparison Pooled(double pretrained, double ddpo, PairedDifference gain) => new(3, 96, Around(pretrained), Around(ddpo), gain);

    private static QuantityComparison Quantity(string name, PairedDifference rareGain) => new(name, $"{name}: what it measures.",
        Pooled(0.2, 0.2 + rareGain.Difference, rareGain), Pooled(0.6, 0.65, new PairedDifference(0.05, -0.02, 0.12)),
        new PairedDifference(rareGain.Difference - 0.05, -0.1, 0.3),
        [
            new PromptComparison("diagnosis=mel, ink=1", true, 32, Around(0.25), Around(0.5), new PairedDifference(0.25, 0.1, 0.4)),
            new PromptComparison("diagnosis=nv, ink=0", false, 31, Around(0.6), Around(0.65), new PairedDifference(0.05, -0.05, 0.15)),
        ]);

    private static GeneratorComparison Comparison(PairedDifference rareGain, bool alignment = true) =>
        new(32, 1000, 0.95, Quantity("APR", rareGain), alignment ? Quantity("alignment", rareGain) : null, null);

    private static ReportResults WithGeneratorClaim(GeneratorComparison? comparison) =>
        ReportComputation.Run(Build.Inputs(Build.ThreeQuarters(ArmNames.Oversampling), Build.ThreeQuarters(ArmNames.DdpoAugmented)) with { GeneratorClaim = comparison });

    [Fact]
    public void The_generator_claim_reads_the_rare_prompts_apr_gain_and_states_the_common_gain_beside_it()
    {
        Claim ClaimOf(GeneratorComparison? comparison) => WithGeneratorClaim(comparison).Claims.Single(claim => claim.Number == 1);

        Claim held = ClaimOf(Comparison(new PairedDifference(0.15, 0.05, 0.25)));
        Claim below = ClaimOf(Comparison(new PairedDifference(-0.15, -0.25, -0.05)));
        Claim straddling = ClaimOf(Comparison(new PairedDifference(0.05, -0.05, 0.15)));

        Assert.Equal(
            "Claim 1 held: DDPO changed the rare prompts' APR from 0.200 to 0.350, +0.150 [0.050, 0.250] (mean of 3 rare prompts, 32 samples each); " +
            "common prompts +0.050 [-0.020, 0.120]; rare minus common gain +0.100 [-0.100, 0.300].", held.Sentence);
        Assert.Equal(ClaimOutcome.DidNotHold, below.Outcome);
        Assert.StartsWith("Claim 1 did not hold: ", below.Sentence);
        Assert.Equal(ClaimOutcome.Undecided, straddling.Outcome);
        Assert.StartsWith("Claim 1 is undecided because the interval includes 0: ", straddling.Sentence);
        Assert.Equal(ClaimOutcome.NotJudged, ClaimOf(null).Outcome);
    }

    [Fact]
    public void The_generator_claim_tables_give_each_quantity_pooled_then_per_prompt_with_rare_prompts_marked()
    {
        GeneratorComparison comparison = Comparison(new PairedDifference(0.15, 0.05, 0.25));
        ReportResults results = WithGeneratorClaim(comparison);

        string markdown = ReportWriter.Markdown(results), html = ReportWriter.Html(results);

        string[] expected =
        [
            "### Generator claim: APR, pretrained against DDPO",
            "",
            "| Prompts | Judged samples | APR pretrained | APR DDPO | Δ DDPO − pretrained |",
            "| --- | ---: | ---: | ---: | ---: |",
            "| **rare prompts, mean of 3** | 96 | 0.200 [0.100, 0.300] | 0.350 [0.250, 0.450] | **+0.150 [0.050, 0.250]** |",
            "| **common prompts, mean of 3** | 96 | 0.600 [0.500, 0.700] | 0.650 [0.550, 0.750] | +0.050 [-0.020, 0.120] |",
            "| **rare gain − common gain** | — | — | — | +0.100 [-0.100, 0.300] |",
            "| diagnosis=mel, ink=1 ⚑ under-represented | 32 | 0.250 [0.150, 0.350] | 0.500 [0.400, 0.600] | **+0.250 [0.100, 0.400]** |",
            "| diagnosis=nv, ink=0 | 31 | 0.600 [0.500, 0.700] | 0.650 [0.550, 0.750] | +0.050 [-0.050, 0.150] |",
            "",
            "_APR: what it measures. Judged by the evaluator, never the reward model, 32 seeded samples per prompt; the first rows are means over the " +
            "prompts, then each prompt. 95% percentile intervals from 1,000 bootstrap resamples of the samples within each prompt, the same draws for " +
            "both generators and every quantity._",
        ];
        Assert.Contains(string.Join(Environment.NewLine, expected), markdown);
        // Alignment has its table after APR's; diagnosis accuracy, not recorded here, has none. evaluate-generator prints the same tables.
        Assert.True(markdown.IndexOf("### Generator claim: APR,", StringComparison.Ordinal) < markdown.IndexOf("### Generator claim: alignment,", StringComparison.Ordinal));
        Assert.DoesNotContain("Generator claim: diagnosis accuracy", markdown);
        Assert.Contains(ReportWriter.Markdown(comparison), markdown);
        Assert.Contains("<tr class=\"rare\"><th scope=\"row\">diagnosis=mel, ink=1<span class=\"badges\"><span class=\"badge rare\">under-represented</span></span></th>", html);
        Assert.DoesNotContain("Generator claim: alignment", ReportWriter.Markdown(Comparison(new PairedDifference(0.15, 0.05, 0.25), alignment: false)));
    }

    [Fact]
    public void Seeds_give_mean_and_standard_deviation_and_one_pooled_difference()
    {
        // Seed 0 of DDPO gets the rare subgroup all right (accuracy 18/20), seed 1 all wrong (8/20): mean 0.65, SD 0.354.
        ReportInputs inputs = Build.Inputs(Build.RareAllRightOrWrong(ArmNames.Oversampling, false), Build.RareAllRightOrWrong(ArmNames.DdpoAugmented, true)) with
        {
            OtherSeeds = [[Build.RareAllRightOrWrong(ArmNames.Oversampling, false), Build.RareAllRightOrWrong(ArmNames.DdpoAugmented, false)]],
        };

        ReportResults results = ReportComputation.Run(inputs);

        ClassifierClaimRow ddpo = results.ClassifierClaim.Rows.Single(row => row.Arm == ArmNames.DdpoAugmented);
        Assert.Equal(2, results.ClassifierClaim.Seeds);
        Assert.Equal(0.65, ddpo.Values["accuracy"].Mean, 12);
        Assert.Equal(Math.Sqrt(0.125), ddpo.Values["accuracy"].StandardDeviation, 12);
        Assert.Equal([1.0, 0.0], ddpo.Values["accuracy@under-represented"].BySeed);
        // Pooled: (1 − 0 + 0 − 0) / 2 in every resample.
        PairedDifference pooled = ddpo.Differences[ArmNames.Oversampling]["accuracy@under-represented"];
        Assert.Equal((0.5, 0.5, 0.5), (pooled.Difference, pooled.Lower, pooled.Upper));
        Assert.Equal(ClaimOutcome.Held, results.Claims[1].Outcome);
        string markdown = ReportWriter.Markdown(results);
        Assert.Contains("Generator trained once; classifier arms repeated over 2 seeds.", markdown);
        Assert.Contains("| ddpo_augmented | 0.650 ± 0.354 |", markdown);
    }

    [Fact]
    public void The_claims_come_first_in_every_format()
    {
        ReportResults results = ReportComputation.Run(Build.Inputs(Build.ThreeQuarters(ArmNames.Oversampling), Build.ThreeQuarters(ArmNames.DdpoAugmented))
            with { ModelSelection = "The test split was used once, for the numbers shown." });

        string markdown = ReportWriter.Markdown(results), html = ReportWriter.Html(results);
        Assert.True(markdown.IndexOf("## Claims", StringComparison.Ordinal) < markdown.IndexOf("## Answer", StringComparison.Ordinal));
        Assert.Contains("**Model selection.** The test split was used once, for the numbers shown.", markdown);
        Assert.True(html.IndexOf("id=\"claims\"", StringComparison.Ordinal) < html.IndexOf("id=\"answer\"", StringComparison.Ordinal));
        using JsonDocument json = JsonDocument.Parse(ReportWriter.Json(results));
        JsonProperty first = json.RootElement.EnumerateObject().First();
        Assert.Equal("claims", first.Name);
        Assert.Equal("Undecided", first.Value[1].GetProperty("outcome").GetString());
        Assert.Equal("NotJudged", first.Value[0].GetProperty("outcome").GetString());
    }
}
