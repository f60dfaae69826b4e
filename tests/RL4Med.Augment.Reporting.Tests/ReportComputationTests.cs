using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Tests;

public sealed class ReportComputationTests
{
    private const string Accuracy = "accuracy";

    [Fact]
    public void Known_values_overall_per_subgroup_and_worst_group()
    {
        ReportResults results = ReportComputation.Run(Build.Inputs(Build.ThreeQuarters(ArmNames.RealOnly)));

        ArmResult arm = Assert.Single(results.Arms);
        Assert.Equal(8, arm.TestImages);
        Assert.Equal(0.75, arm.Overall[Accuracy].Value, 12);
        Assert.Equal(0.5, arm.Overall["recall[mel]"].Value, 12);
        Assert.Equal(1.0, arm.Overall["specificity"].Value, 12);
        SubgroupResult rare = arm.Subgroups.Single(s => s.Subgroup == Build.Rare);
        Assert.Equal((4, true, false), (rare.TestImages, rare.UnderRepresented, rare.TooFewToJudge));
        Assert.Equal(0.5, rare.Metrics[Accuracy].Value, 12);
        Assert.True(double.IsNaN(rare.Metrics["recall[nv]"].Value));

        SubgroupSpread spread = arm.SpreadOf(Accuracy);
        Assert.Equal((Build.Rare, 0.5), (spread.WorstSubgroup, spread.Worst.Value));
        Assert.Equal((Build.Common, 1.0), (spread.BestSubgroup, spread.Best));
        Assert.Equal(0.5, spread.Gap.Value, 12);
        Assert.Equal(0.5, spread.Ratio, 12);
        Assert.True(spread.Worst.Lower <= 0.5 && 0.5 <= spread.Worst.Upper);
    }

    [Fact]
    public void Metrics_put_the_positive_class_sensitivity_before_the_other_recalls()
    {
        ReportResults results = ReportComputation.Run(Build.Inputs(Build.ThreeQuarters(ArmNames.RealOnly)));

        Assert.Equal(
            ["n", "accuracy", "balanced_accuracy", "recall[mel]", "recall[nv]", "specificity", "macro_f1", "auc_macro", "auc[mel]", "ece"],
            results.Settings.Metrics);
    }

    [Fact]
    public void Identical_arms_differ_by_exactly_zero_and_not_significantly()
    {
        ReportResults results = ReportComputation.Run(Build.Inputs(Build.ThreeQuarters(ArmNames.RealOnly), Build.ThreeQuarters(ArmNames.Oversampling)));

        ArmComparison comparison = results.Arms[1].VersusBaseline(ArmNames.RealOnly)!;
        foreach (PairedDifference difference in new[] { comparison.Accuracy, comparison.WorstGroupAccuracy, comparison.BalancedAccuracy, comparison.Sensitivity })
        {
            Assert.Equal(new PairedDifference(0, 0, 0), difference);
            Assert.False(difference.Significant);
        }
        Assert.All(comparison.SubgroupAccuracy, s => Assert.False(s.Accuracy.Significant));
    }

    [Fact]
    public void Each_arm_is_compared_with_the_baselines_before_it()
    {
        ReportResults results = ReportComputation.Run(Build.Inputs(
            Build.ThreeQuarters(ArmNames.RealOnly), Build.ThreeQuarters(ArmNames.Oversampling),
            Build.ThreeQuarters(ArmNames.PretrainedAugmented), Build.ThreeQuarters(ArmNames.DdpoAugmented)));

        Assert.Equal(
            [[], [ArmNames.RealOnly], [ArmNames.RealOnly, ArmNames.Oversampling], [ArmNames.RealOnly, ArmNames.Oversampling]],
            results.Arms.Select(arm => arm.Comparisons.Select(c => c.Baseline).ToArray()).ToArray());
    }

    [Fact]
    public void A_clear_gain_in_the_rare_subgroup_is_significant()
    {
        ReportResults results = ReportComputation.Run(Build.Inputs(
            Build.RareAllRightOrWrong(ArmNames.Oversampling, rareRight: false), Build.RareAllRightOrWrong(ArmNames.DdpoAugmented, rareRight: true)));

        ArmComparison comparison = results.Arms[1].VersusBaseline(ArmNames.Oversampling)!;
        Assert.Equal(0.8, comparison.WorstGroupAccuracy.Difference, 12);
        Assert.True(comparison.WorstGroupAccuracy.Significant);
        SubgroupDifference rare = comparison.SubgroupAccuracy.Single(s => s.Subgroup == Build.Rare);
        Assert.Equal(new PairedDifference(1, 1, 1), rare.Accuracy);
        Assert.True(rare.UnderRepresented);
        Assert.Equal(new PairedDifference(0, 0, 0), comparison.SubgroupAccuracy.Single(s => s.Subgroup == Build.Common).Accuracy);
    }

    [Fact]
    public void A_subgroup_below_the_minimum_is_listed_and_flagged_but_never_the_worst()
    {
        ArmPredictions arm = Build.Arm(ArmNames.RealOnly,
            ("nv", "nv", Build.Common), ("nv", "mel", Build.Common), ("mel", "mel", Build.Rare), ("mel", "mel", Build.Rare), ("mel", "nv", Build.Tiny));

        ArmResult result = Assert.Single(ReportComputation.Run(Build.Inputs(arm)).Arms);

        SubgroupResult tiny = result.Subgroups.Single(s => s.Subgroup == Build.Tiny);
        Assert.True(tiny.TooFewToJudge);
        Assert.Equal(0.0, tiny.Metrics[Accuracy].Value);
        Assert.Equal((Build.Common, 0.5), (result.SpreadOf(Accuracy).WorstSubgroup, result.SpreadOf(Accuracy).Worst.Value));
    }

    [Fact]
    public void Arms_are_paired_by_sample_id_whatever_their_row_order()
    {
        ArmPredictions ordered = Build.RareAllRightOrWrong(ArmNames.DdpoAugmented, rareRight: true);
        int[] shuffled = Enumerable.Range(0, ordered.SampleIds.Count).Reverse().ToArray();
        ArmPredictions reversed = ordered with
        {
            SampleIds = shuffled.Select(row => ordered.SampleIds[row]).ToArray(),
            Predictions = new Metrics.PredictionSet(ordered.Predictions.ClassNames, "mel", shuffled.Select(row => ordered.Predictions.Rows[row]).ToArray()),
        };
        ArmPredictions baseline = Build.RareAllRightOrWrong(ArmNames.Oversampling, rareRight: false);

        ArmComparison inOrder = ReportComputation.Run(Build.Inputs(baseline, ordered)).Arms[1].Comparisons.Single();
        ArmComparison outOfOrder = ReportComputation.Run(Build.Inputs(baseline, reversed)).Arms[1].Comparisons.Single();

        Assert.Equal(inOrder.WorstGroupAccuracy, outOfOrder.WorstGroupAccuracy);
        Assert.Equal(inOrder.Accuracy, outOfOrder.Accuracy);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals()
    {
        ReportInputs inputs = Build.Inputs(Build.Seeded(ArmNames.Oversampling, 0.6), Build.Seeded(ArmNames.DdpoAugmented, 0.8));

        ReportResults first = ReportComputation.Run(inputs), second = ReportComputation.Run(inputs);

        Assert.Equal(first.Arms[1].Comparisons.Single().WorstGroupAccuracy, second.Arms[1].Comparisons.Single().WorstGroupAccuracy);
        Assert.Equal(first.Arms[0].Overall[Accuracy], second.Arms[0].Overall[Accuracy]);
    }

    [Theory]
    [InlineData("classes")]
    [InlineData("duplicate arm")]
    [InlineData("other images")]
    [InlineData("under-represented flag")]
    public void Inconsistent_inputs_are_refused_with_the_reason(string problem)
    {
        ArmPredictions realOnly = Build.ThreeQuarters(ArmNames.RealOnly);
        (ReportInputs inputs, string expected) = problem switch
        {
            "classes" => (Build.Inputs(realOnly) with { ClassNames = ["nv", "mel", "bkl"] }, "has classes nv, mel"),
            "duplicate arm" => (Build.Inputs(realOnly, realOnly), "listed twice"),
            "other images" => (Build.Inputs(realOnly, Build.ThreeQuarters(ArmNames.Oversampling) with { SampleIds = Enumerable.Range(0, 8).Select(i => $"other{i}").ToArray() }),
                "has no prediction for test image 'img000'"),
            _ => (Build.Inputs(realOnly) with { SubgroupCounts = [new SubgroupCountRow(Build.Common, 10, 2, 4, new Dictionary<string, int>(), true)] },
                $"'{Build.Common}' is flagged under-represented"),
        };

        Assert.Contains(expected, Assert.Throws<ArgumentException>(() => ReportComputation.Run(inputs)).Message);
    }
}
