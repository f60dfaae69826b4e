using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Tests;

public sealed class HeadlineTests
{
    [Fact]
    public void Says_did_not_when_the_interval_includes_zero()
    {
        Headline headline = ReportComputation.Run(Build.Inputs(Build.ThreeQuarters(ArmNames.Oversampling), Build.ThreeQuarters(ArmNames.DdpoAugmented))).Headline;

        Assert.Equal(
            "DDPO augmentation did not change worst-group accuracy by more than chance: 0.500 against 0.500 with oversampling, " +
            "a difference of 0.000; the paired 95% interval of the difference, [0.000, 0.000], includes 0.",
            headline.Sentence);
    }

    [Fact]
    public void Names_the_gain_when_the_interval_excludes_zero()
    {
        Headline headline = ReportComputation.Run(Build.Inputs(
            Build.RareAllRightOrWrong(ArmNames.Oversampling, rareRight: false), Build.RareAllRightOrWrong(ArmNames.DdpoAugmented, rareRight: true))).Headline;

        Assert.StartsWith("DDPO augmentation raised worst-group accuracy from 0.000 (oversampling) to 0.800, a gain of +0.800; " +
                          "the paired 95% interval of the difference, [", headline.Sentence);
        Assert.EndsWith("], excludes 0.", headline.Sentence);
        Assert.Contains(headline.Details, d => d.StartsWith("Under-represented subgroups: of 1 with enough test images, accuracy rose beyond chance in 1, fell beyond chance in 0"));
    }

    [Fact]
    public void Names_the_loss_when_the_interval_lies_below_zero()
    {
        Headline headline = ReportComputation.Run(Build.Inputs(
            Build.RareAllRightOrWrong(ArmNames.Oversampling, rareRight: true), Build.RareAllRightOrWrong(ArmNames.DdpoAugmented, rareRight: false))).Headline;

        Assert.StartsWith("DDPO augmentation lowered worst-group accuracy from 0.800 (oversampling) to 0.000, a loss of -0.800;", headline.Sentence);
    }

    [Fact]
    public void Says_which_arm_is_missing_instead_of_guessing()
    {
        Headline headline = ReportComputation.Run(Build.Inputs(Build.ThreeQuarters(ArmNames.RealOnly), Build.ThreeQuarters(ArmNames.DdpoAugmented))).Headline;

        Assert.Contains("but the report lacks the 'oversampling' arm (it has: real_only, ddpo_augmented)", headline.Sentence);
        Assert.Equal(2, headline.Rows.Count);
    }

    [Fact]
    public void The_table_has_every_arm_with_its_deltas_against_each_baseline()
    {
        Headline headline = ReportComputation.Run(Build.Inputs(
            Build.RareAllRightOrWrong(ArmNames.RealOnly, rareRight: false),
            Build.RareAllRightOrWrong(ArmNames.Oversampling, rareRight: false),
            Build.RareAllRightOrWrong(ArmNames.DdpoAugmented, rareRight: true))).Headline;

        HeadlineRow ddpo = headline.Rows.Single(row => row.Arm == ArmNames.DdpoAugmented);
        Assert.Equal(0.9, ddpo.Accuracy.Value, 12);
        Assert.Equal((0.8, Build.Common), (ddpo.WorstGroupAccuracy.Value, ddpo.WorstSubgroup));
        Assert.Equal(0.5, ddpo.VersusBaseline(ArmNames.Oversampling)!.Accuracy.Difference, 12);
        Assert.Equal(0.8, ddpo.VersusBaseline(ArmNames.RealOnly)!.WorstGroupAccuracy.Difference, 12);
        Assert.Empty(headline.Rows.Single(row => row.Arm == ArmNames.RealOnly).Deltas);
    }
}
