using RL4Med.Augment.Data.Experiment;
using System.Globalization;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;
using static RL4Med.Augment.Reporting.NumberFormat;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>Builds the report's tables from its results; the HTML and Markdown writers print the same tables.</summary>
internal sealed class ReportTables(ReportResults results)
{
    private readonly MetricLabels labels = new(results.Settings);

    private string Level => NumberFormat.Level(results.Settings.ConfidenceLevel);

    private string PositiveClass => results.Settings.PositiveClass;

    /// <summary>Per arm: accuracy, worst-group accuracy and balanced accuracy, and the differences against each baseline.</summary>
    public ReportTable Headline()
    {
        string[] baselines = results.Headline.Rows.SelectMany(row => row.Deltas).Select(delta => delta.Baseline).Distinct().ToArray();
        string[] columns =
        [
            "Arm", "Accuracy", "Worst-group accuracy", "Worst subgroup", "Balanced accuracy",
            .. baselines.SelectMany(baseline => new[] { $"Δ accuracy vs {baseline}", $"Δ worst-group vs {baseline}" }),
        ];
        TableRow[] rows = results.Headline.Rows
            .Select(row => new TableRow(
            [
                row.Arm, Estimate(row.Accuracy), Estimate(row.WorstGroupAccuracy), row.WorstSubgroup ?? Missing, Estimate(row.BalancedAccuracy),
                .. baselines.SelectMany(baseline => row.VersusBaseline(baseline) is { } delta
                    ? new[] { Difference(delta.Accuracy), Difference(delta.WorstGroupAccuracy) }
                    : new TableCell[] { Missing, Missing }),
            ]))
            .ToArray();
        return new ReportTable("Headline", columns, rows,
            $"Values with {Level} cluster-bootstrap intervals; Δ is arm minus baseline on the same test images with its paired {Level} interval. " +
            "Differences whose interval excludes 0 are highlighted (in the HTML, green above 0 and red below).");
    }

    /// <summary>Every paired comparison: overall accuracy, worst-group accuracy, balanced accuracy and sensitivity.</summary>
    public ReportTable Comparisons()
    {
        TableRow[] rows = results.Arms
            .SelectMany(arm => arm.Comparisons)
            .Select(c => new TableRow(
            [
                $"{c.Arm} − {c.Baseline}", Difference(c.Accuracy), Difference(c.WorstGroupAccuracy), Difference(c.BalancedAccuracy), Difference(c.Sensitivity),
            ]))
            .ToArray();
        return new ReportTable("Paired differences",
            ["Arm − baseline", "Δ accuracy", "Δ worst-group accuracy", "Δ balanced accuracy", $"Δ sensitivity ({PositiveClass})"], rows,
            $"Paired cluster bootstrap: each resample weighs the same lesions in both arms. A difference is significant when its {Level} interval excludes 0.");
    }

    /// <summary>Accuracy differences in each under-represented subgroup, for every comparison; null when there is nothing to compare.</summary>
    public ReportTable? UnderRepresentedDifferences()
    {
        ArmComparison[] comparisons = results.Arms.SelectMany(arm => arm.Comparisons).ToArray();
        if (comparisons.Length == 0 || results.UnderRepresentedSubgroups.Count == 0) return null;
        string[] columns = ["Subgroup", "Test images", .. comparisons.Select(c => $"{c.Arm} − {c.Baseline}")];
        // An under-represented subgroup may have no test image at all: its row says so rather than vanishing.
        TableRow[] rows = results.UnderRepresentedSubgroups
            .Select(subgroup => new TableRow(
                [
                    subgroup, Count(TestImagesOf(subgroup)),
                    .. comparisons.Select(c => c.SubgroupAccuracy.SingleOrDefault(s => s.Subgroup == subgroup) is { } difference ? Difference(difference.Accuracy) : Missing),
                ],
                Marks(underRepresented: true, TestImagesOf(subgroup) < results.Settings.MinimumTestImages)))
            .ToArray();
        return new ReportTable("Accuracy in the under-represented subgroups", columns, rows,
            $"Δ accuracy, arm minus baseline, with paired {Level} intervals. Subgroups with fewer than {results.Settings.MinimumTestImages} test images are too few to judge.");
    }

    /// <summary>Per arm: the spread of accuracy and sensitivity across subgroups, and the fairness differences.</summary>
    public ReportTable Fairness()
    {
        string sensitivity = ReportMetrics.Sensitivity(PositiveClass);
        TableRow[] rows = results.Arms
            .Select(arm =>
            {
                SubgroupSpread accuracy = arm.SpreadOf(ReportMetrics.Accuracy), sensitivitySpread = arm.SpreadOf(sensitivity);
                return new TableRow(
                [
                    arm.Name,
                    WithSubgroup(Estimate(accuracy.Worst), accuracy.WorstSubgroup),
                    WithSubgroup(Value(accuracy.Best), accuracy.BestSubgroup),
                    Estimate(accuracy.Gap),
                    Value(accuracy.Ratio),
                    WithSubgroup(Estimate(sensitivitySpread.Worst), sensitivitySpread.WorstSubgroup),
                    Value(arm.Fairness.EqualizedOddsDifference),
                    Value(arm.Fairness.DemographicParityDifference),
                ]);
            })
            .ToArray();
        return new ReportTable("Fairness across subgroups",
            ["Arm", "Worst-group accuracy", "Best-group accuracy", "Accuracy gap", "Accuracy ratio", $"Worst-group sensitivity ({PositiveClass})",
             "Equalized-odds difference", "Demographic-parity difference"],
            rows,
            $"Over the subgroups with at least {results.Settings.MinimumTestImages} test images. Gap = best − worst, ratio = worst / best; " +
            $"fairness differences are one-vs-rest for '{PositiveClass}' (0 = equal rates in every subgroup).");
    }

    /// <summary>One arm's metrics on all test images and in each subgroup.</summary>
    public ReportTable ArmSubgroups(ArmResult arm)
    {
        string[] metrics = results.Settings.Metrics.Where(metric => metric != ReportMetrics.Count).ToArray();
        TableRow total = new([$"All test images", Count(arm.TestImages), .. metrics.Select(metric => MetricCell(metric, arm.Overall[metric]))], RowMarks.Total);
        IEnumerable<TableRow> subgroups = arm.Subgroups.Select(subgroup => new TableRow(
            [subgroup.Subgroup, Count(subgroup.TestImages), .. metrics.Select(metric => MetricCell(metric, subgroup.Metrics[metric]))],
            Marks(subgroup.UnderRepresented, subgroup.TooFewToJudge)));
        return new ReportTable($"{ArmTitle(arm.Name)}: metrics per subgroup", ["Subgroup", "n", .. metrics.Select(labels.Of)], [total, .. subgroups],
            $"Accuracy with its {Level} cluster-bootstrap interval; the intervals of every other value are in report.json.");
    }

    /// <summary>One arm's worst and best subgroup, gap and ratio for every metric.</summary>
    public ReportTable ArmSpread(ArmResult arm)
    {
        TableRow[] rows = arm.Spread
            .Select(spread => new TableRow(
            [
                labels.Of(spread.Metric), Estimate(spread.Worst), spread.WorstSubgroup ?? Missing,
                Value(spread.Best), spread.BestSubgroup ?? Missing, Estimate(spread.Gap), Value(spread.Ratio),
            ]))
            .ToArray();
        return new ReportTable($"{ArmTitle(arm.Name)}: spread across subgroups",
            ["Metric", "Worst", "Worst subgroup", "Best", "Best subgroup", "Gap (best − worst)", "Ratio (min / max)"], rows,
            "ECE is better when lower, so its worst subgroup is the one with the highest value.");
    }

    /// <summary>Real and synthetic image counts per subgroup.</summary>
    public ReportTable SubgroupCounts()
    {
        string[] sources = results.SubgroupCounts.SelectMany(row => row.SyntheticTrain.Keys).Distinct().ToArray();
        TableRow[] rows = results.SubgroupCounts
            .Select(row => new TableRow(
                [
                    row.Subgroup, Count(row.RealTrain), Count(row.RealValidation), Count(row.RealTest),
                    .. sources.Select(source => (TableCell)Count(row.SyntheticTrain.GetValueOrDefault(source))),
                ],
                Marks(row.UnderRepresented, row.RealTest < results.Settings.MinimumTestImages)))
            .ToArray();
        return new ReportTable("Training images per subgroup",
            ["Subgroup", "Real train", "Real validation", "Real test", .. sources.Select(source => $"Synthetic train ({source})")], rows);
    }

    /// <summary>The generators' evaluation tables, as the run filled them.</summary>
    public IEnumerable<ReportTable> GeneratorEvaluation() =>
        (results.GeneratorEvaluation?.Tables ?? []).Select(table => new ReportTable(
            table.Title,
            [table.RowHeader, .. table.Columns],
            table.Rows.Select(row => new TableRow([row.Label, .. row.Values.Select(value => (TableCell)Value(value))],
                row.IsRare ? RowMarks.UnderRepresented : RowMarks.None)).ToArray(),
            table.Note));

    /// <summary>
    /// Per attribute head, how often the reward model predicts the same class for an original and its reconstruction,
    /// and whether that reaches the target; null when there is no such measurement.
    /// </summary>
    public ReportTable? ReconstructionAgreement()
    {
        if (results.AutoencoderReconstruction?.Quality is not { RewardAgreement: { } agreement } quality) return null;
        TableRow[] rows = agreement
            .Select(head => new TableRow(
            [
                head.Key, Value(head.Value),
                ReconstructionQuality.MeetsTarget(head.Value) ? "yes" : new TableCell("no", Verdict: CellVerdict.Loss),
                Count(quality.Images),
            ]))
            .ToArray();
        return new ReportTable("Reward model agreement, original against reconstruction",
            ["Attribute head", "Agreement", $"Meets the target ({Value(ReconstructionQuality.AgreementTarget)})", "Images"], rows,
            "Share of the validation images on which the reward model predicts the same class for the original and its reconstruction: " +
            "what latent generation can at best keep of the attributes DDPO is rewarded for.");
    }

    /// <summary>The run's seeds and the bootstrap's settings.</summary>
    public ReportTable Seeds()
    {
        ReportSettings settings = results.Settings;
        TableRow[] rows =
        [
            .. results.Seeds.Select(seed => new TableRow([seed.Key, seed.Value.ToString(CultureInfo.InvariantCulture)])),
            new(["bootstrap", $"{settings.BootstrapSeed} ({Count(settings.BootstrapResamples)} resamples, {Level} intervals)"]),
        ];
        return new ReportTable("Seeds", ["Purpose", "Seed"], rows);
    }

    /// <summary>The arm's name, and what it means where the name alone does not say it.</summary>
    private static string ArmTitle(string arm) => ArmNames.Describe(arm) == arm ? arm : $"{arm} ({ArmNames.Describe(arm)})";

    private int TestImagesOf(string subgroup) =>
        results.Arms[0].Subgroups.SingleOrDefault(s => s.Subgroup == subgroup)?.TestImages ?? 0;

    private TableCell MetricCell(string metric, IntervalEstimate estimate) =>
        metric == ReportMetrics.Accuracy ? Estimate(estimate) : Value(estimate.Value);

    private static RowMarks Marks(bool underRepresented, bool tooFew) =>
        (underRepresented ? RowMarks.UnderRepresented : RowMarks.None) | (tooFew ? RowMarks.TooFewToJudge : RowMarks.None);

    internal static TableCell Estimate(IntervalEstimate estimate) =>
        double.IsNaN(estimate.Value) ? Missing : new TableCell(Value(estimate.Value), Interval(estimate.Lower, estimate.Upper));

    internal static TableCell Difference(PairedDifference difference) =>
        double.IsNaN(difference.Difference)
            ? Missing
            : new TableCell(Signed(difference.Difference), Interval(difference.Lower, difference.Upper),
                !difference.Significant ? CellVerdict.None : difference.Difference > 0 ? CellVerdict.Gain : CellVerdict.Loss);

    private static TableCell WithSubgroup(TableCell cell, string? subgroup) =>
        cell with { Note = subgroup };
}
