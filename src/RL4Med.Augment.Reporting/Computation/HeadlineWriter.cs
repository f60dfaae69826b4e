using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Reporting.Inputs;
using static RL4Med.Augment.Reporting.NumberFormat;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>
/// Writes the headline: the table of every arm against the baselines, and in plain words whether the headline
/// arm beat its baseline on the worst subgroup beyond chance, and what it did elsewhere.
/// </summary>
internal static class HeadlineWriter
{
    public static Headline Write(IReadOnlyList<ArmResult> arms, string headlineArm, string headlineBaseline, ReportSettings settings)
    {
        HeadlineRow[] rows = arms.Select(RowOf).ToArray();
        ArmResult? arm = arms.SingleOrDefault(result => result.Name == headlineArm);
        ArmResult? baseline = arms.SingleOrDefault(result => result.Name == headlineBaseline);
        ArmComparison? comparison = arm?.VersusBaseline(headlineBaseline);
        if (arm is null || baseline is null || comparison is null)
        {
            string missing = string.Join(" and ", new[] { headlineArm, headlineBaseline }.Where(name => arms.All(result => result.Name != name)).Select(name => $"the '{name}' arm"));
            string sentence = $"The headline compares '{headlineArm}' with '{headlineBaseline}', but the report lacks {missing} " +
                              $"(it has: {string.Join(", ", arms.Select(result => result.Name))}); see the tables for the arms it has.";
            return new Headline(headlineArm, headlineBaseline, sentence, [], rows);
        }
        return new Headline(headlineArm, headlineBaseline, Sentence(arm, baseline, comparison, settings), Details(arm, baseline, comparison, settings), rows);
    }

    private static HeadlineRow RowOf(ArmResult arm)
    {
        SubgroupSpread worst = arm.SpreadOf(ReportMetrics.Accuracy);
        return new HeadlineRow(
            arm.Name,
            arm.Overall[ReportMetrics.Accuracy],
            worst.Worst,
            worst.WorstSubgroup,
            arm.Overall[ReportMetrics.BalancedAccuracy],
            arm.Comparisons.Select(c => new HeadlineDelta(c.Baseline, c.Accuracy, c.WorstGroupAccuracy)).ToArray());
    }

    private static string Sentence(ArmResult arm, ArmResult baseline, ArmComparison comparison, ReportSettings settings)
    {
        string subject = Capitalized(ArmNames.Describe(arm.Name));
        string baselineName = ArmNames.Describe(baseline.Name);
        double armWorst = arm.SpreadOf(ReportMetrics.Accuracy).Worst.Value;
        double baselineWorst = baseline.SpreadOf(ReportMetrics.Accuracy).Worst.Value;
        PairedDifference difference = comparison.WorstGroupAccuracy;
        if (double.IsNaN(difference.Difference))
            return $"{subject} could not be judged against {baselineName} on worst-group accuracy: no subgroup has at least {settings.MinimumTestImages} test images.";

        string interval = $"the paired {Level(settings.ConfidenceLevel)} interval of the difference, {Interval(difference.Lower, difference.Upper)}";
        if (!difference.Significant)
            return $"{subject} did not change worst-group accuracy by more than chance: {Value(armWorst)} against {Value(baselineWorst)} " +
                   $"with {baselineName}, a difference of {Signed(difference.Difference)}; {interval}, includes 0.";
        (string verb, string change) = difference.Difference > 0 ? ("raised", "a gain") : ("lowered", "a loss");
        return $"{subject} {verb} worst-group accuracy from {Value(baselineWorst)} ({baselineName}) to {Value(armWorst)}, " +
               $"{change} of {Signed(difference.Difference)}; {interval}, excludes 0.";
    }

    private static string[] Details(ArmResult arm, ArmResult baseline, ArmComparison comparison, ReportSettings settings)
    {
        string armName = ArmNames.Describe(arm.Name), baselineName = ArmNames.Describe(baseline.Name);
        PairedDifference accuracy = comparison.Accuracy;
        return
        [
            $"Overall accuracy: {Value(arm.Overall[ReportMetrics.Accuracy].Value)} with {armName} against {Value(baseline.Overall[ReportMetrics.Accuracy].Value)} " +
            $"with {baselineName}, a difference of {Signed(accuracy.Difference)} {Interval(accuracy.Lower, accuracy.Upper)}, " +
            $"which {(accuracy.Significant ? "excludes" : "includes")} 0.",
            $"Worst subgroup: {arm.SpreadOf(ReportMetrics.Accuracy).WorstSubgroup ?? Missing} with {armName}, " +
            $"{baseline.SpreadOf(ReportMetrics.Accuracy).WorstSubgroup ?? Missing} with {baselineName}.",
            SubgroupTally("Under-represented subgroups", comparison.SubgroupAccuracy.Where(s => s.UnderRepresented).ToArray(), settings),
            SubgroupTally("Other subgroups", comparison.SubgroupAccuracy.Where(s => !s.UnderRepresented).ToArray(), settings),
        ];
    }

    /// <summary>How many subgroups gained, lost or stayed within chance; those with too few test images are counted apart.</summary>
    private static string SubgroupTally(string kind, SubgroupDifference[] subgroups, ReportSettings settings)
    {
        if (subgroups.Length == 0) return $"{kind}: none.";
        SubgroupDifference[] judged = subgroups.Where(s => !s.TooFewToJudge).ToArray();
        int tooFew = subgroups.Length - judged.Length;
        string tooFewNote = tooFew == 0 ? "" : $"; {tooFew} more {(tooFew == 1 ? "has" : "have")} fewer than {settings.MinimumTestImages} test images, too few to judge";
        if (judged.Length == 0) return $"{kind}: none has at least {settings.MinimumTestImages} test images, so none can be judged alone{tooFewNote}.";
        int rose = judged.Count(s => s.Accuracy.Significant && s.Accuracy.Difference > 0);
        int fell = judged.Count(s => s.Accuracy.Significant && s.Accuracy.Difference < 0);
        return $"{kind}: of {judged.Length} with enough test images, accuracy rose beyond chance in {rose}, fell beyond chance in {fell} " +
               $"and changed within chance in {judged.Length - rose - fell}{tooFewNote}.";
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
