using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;
using static RL4Med.Augment.Reporting.NumberFormat;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>The tables behind the claims: APR of both generators, and the classifier claim's arms and paired differences.</summary>
internal sealed class ClaimTables(ReportResults results)
{
    private string Level => NumberFormat.Level(results.Settings.ConfidenceLevel);

    private ClassifierClaim Classifier => results.ClassifierClaim;

    /// <summary>Claim 1: APR of both generators on the rare and the common prompts; null without a generator evaluation.</summary>
    public ReportTable? Apr()
    {
        if (results.GeneratorClaim is not { } apr) return null;
        TableRow Row(string label, AprGroup group) => new(
            [label, Count(group.Prompts), ReportTables.Estimate(group.Pretrained), ReportTables.Estimate(group.Ddpo), ReportTables.Difference(group.Gain)]);
        return new ReportTable("Generator claim: APR, pretrained against DDPO",
            ["Prompts", "Number", "APR pretrained", "APR DDPO", "Δ DDPO − pretrained"],
            [
                Row("rare", apr.Rare), Row("common", apr.Common),
                new TableRow(["rare gain − common gain", Missing, Missing, Missing, ReportTables.Difference(apr.RareGainOverCommonGain)]),
            ],
            $"APR: share of images that show every artifact their prompt asks for and no other, judged by the evaluator; mean over the prompts, " +
            $"{apr.SamplesPerPrompt} samples per prompt. {Level} percentile intervals from {Count(apr.Resamples)} bootstrap resamples of the samples within " +
            "each prompt, the same draws for both generators.");
    }

    /// <summary>Claim 2: every arm on the claim's quantities, the mean ± standard deviation across seeds (the value with one seed).</summary>
    public ReportTable Arms()
    {
        TableRow[] rows = Classifier.Rows
            .Select(row => new TableRow([row.Arm, .. Classifier.Quantities.Keys.Select(key => Spread(row.Values[key]))]))
            .ToArray();
        string seeds = Classifier.Seeds == 1
            ? "One classifier seed."
            : $"Mean ± standard deviation over {Classifier.Seeds} classifier seeds (generator trained once; classifier arms repeated over {Classifier.Seeds} seeds).";
        return new ReportTable("Classifier claim: every arm", ["Arm", .. Classifier.Quantities.Values], rows,
            $"{seeds} Under-represented pooled: all test images of {string.Join(", ", Classifier.UnderRepresentedSubgroups)} together. " +
            $"Worst-group accuracy and the gap leave out subgroups with fewer than {results.Settings.MinimumTestImages} test images.");
    }

    /// <summary>Claim 2: each arm minus oversampling and minus real images only, pooled over seeds, with paired intervals.</summary>
    public ReportTable Differences()
    {
        TableRow[] rows = Classifier.Rows
            .SelectMany(row => row.Differences.Select(baseline => new TableRow(
                [$"{row.Arm} − {baseline.Key}", .. Classifier.Quantities.Keys.Select(key => ReportTables.Difference(baseline.Value[key]))])))
            .ToArray();
        return new ReportTable("Classifier claim: paired differences", ["Arm − baseline", .. Classifier.Quantities.Values.Select(label => $"Δ {label}")], rows,
            $"Arm minus baseline, the mean over {(Classifier.Seeds == 1 ? "the one classifier seed" : $"{Classifier.Seeds} classifier seeds")}, with the paired " +
            $"{Level} cluster-bootstrap interval: each resample draws lesions within each subgroup once and weighs them alike in every seed of both arms. " +
            "Differences whose interval excludes 0 are highlighted.");
    }

    private TableCell Spread(SeedSpread spread) =>
        Classifier.Seeds == 1 || double.IsNaN(spread.StandardDeviation)
            ? Value(spread.Mean)
            : new TableCell($"{Value(spread.Mean)} ± {Value(spread.StandardDeviation)}");
}
