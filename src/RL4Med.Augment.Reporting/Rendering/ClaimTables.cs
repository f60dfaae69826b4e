using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;
using static RL4Med.Augment.Reporting.NumberFormat;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>The tables behind the claims: APR of both generators, and the classifier claim's arms and paired differences.</summary>
internal sealed class ClaimTables(ReportResults results)
{
    private string Level => NumberFormat.Level(results.Settings.ConfidenceLevel);

    private ClassifierClaim Classifier => results.ClassifierClaim;

    /// <summary>Claim 1: one table per quantity of the generator comparison; none without a generator evaluation.</summary>
    public IEnumerable<ReportTable> Generator() => results.GeneratorClaim is { } comparison ? Generator(comparison) : [];

    /// <summary>
    /// Per quantity (APR first): both generators and the gain, the mean over the rare and over the common prompts, the
    /// rare minus the common gain, then every prompt, rare ones marked.
    /// </summary>
    public static IEnumerable<ReportTable> Generator(GeneratorComparison comparison) => comparison.Quantities().Select(quantity =>
    {
        TableRow Pooled(string prompts, PooledComparison group) => new(
            [$"{prompts} prompts, mean of {Count(group.Prompts)}", Count(group.Samples), ReportTables.Estimate(group.Pretrained), ReportTables.Estimate(group.Ddpo),
             ReportTables.Difference(group.Gain)], RowMarks.Total);
        TableRow[] rows =
        [
            Pooled("rare", quantity.Rare), Pooled("common", quantity.Common),
            new(["rare gain − common gain", Missing, Missing, Missing, ReportTables.Difference(quantity.RareGainOverCommonGain)], RowMarks.Total),
            .. quantity.Prompts.Select(prompt => new TableRow(
                [prompt.Subgroup, Count(prompt.Samples), ReportTables.Estimate(prompt.Pretrained), ReportTables.Estimate(prompt.Ddpo), ReportTables.Difference(prompt.Gain)],
                prompt.IsRare ? RowMarks.UnderRepresented : RowMarks.None)),
        ];
        return new ReportTable($"Generator claim: {quantity.Name}, pretrained against DDPO",
            ["Prompts", "Judged samples", $"{quantity.Name} pretrained", $"{quantity.Name} DDPO", "Δ DDPO − pretrained"], rows,
            $"{quantity.Definition} Judged by the evaluator, never the reward model, {comparison.SamplesPerPrompt} seeded samples per prompt; the first " +
            $"rows are means over the prompts, then each prompt. {NumberFormat.Level(comparison.ConfidenceLevel)} percentile intervals from " +
            $"{Count(comparison.Resamples)} bootstrap resamples of the samples within each prompt, the same draws for both generators and every quantity.");
    });

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
