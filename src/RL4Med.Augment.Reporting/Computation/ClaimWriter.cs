using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Reporting.Inputs;
using static RL4Med.Augment.Reporting.NumberFormat;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>The paper's two claims, each answered in one sentence from the interval of the difference that decides it.</summary>
internal static class ClaimWriter
{
    public const string GeneratorStatement =
        "DDPO fine-tuning raises the share of generated images that show exactly the artifacts their prompt asked for (APR), most of all for rare combinations.";

    public const string ClassifierStatement = "Synthetic images of under-represented subgroups improve a classifier on those subgroups.";

    /// <summary>The classifier claim's deciding quantity: accuracy on the under-represented subgroups pooled.</summary>
    public const string ClassifierQuantity = "accuracy@" + ClaimQuantity.UnderRepresented;

    /// <summary>Held above 0, did not hold below 0, undecided when the interval includes 0; not judged without a value.</summary>
    public static ClaimOutcome OutcomeOf(PairedDifference difference) =>
        double.IsNaN(difference.Difference) || double.IsNaN(difference.Lower) || double.IsNaN(difference.Upper) ? ClaimOutcome.NotJudged
        : difference.Lower > 0 ? ClaimOutcome.Held
        : difference.Upper < 0 ? ClaimOutcome.DidNotHold
        : ClaimOutcome.Undecided;

    public static Claim Generator(GeneratorComparison? comparison, double level)
    {
        string rule =
            $"Decided on DDPO minus pretrained APR, the mean over the rare prompts, with its paired {Level(level)} percentile bootstrap interval over the " +
            "generated samples (samples drawn with replacement within each prompt, the same draws for both generators, whose samples share their seeds); " +
            "APR as the paper defines it: every requested artifact present and no other, judged by the evaluator, never the reward model. Held when the " +
            "interval lies above 0, did not hold when it lies below 0, undecided when it includes 0. \"Most of all for rare prompts\" is the rare gain minus " +
            "the common gain, stated beside it; it does not decide.";
        if (comparison is null)
            return new Claim(1, GeneratorStatement, ClaimOutcome.NotJudged,
                "Claim 1 was not judged: the run has no generator evaluation of both generators with per-sample results (run evaluate-generator).", rule);
        QuantityComparison apr = comparison.Apr;
        PairedDifference gain = apr.Rare.Gain;
        ClaimOutcome outcome = OutcomeOf(gain);
        string evidence =
            $"DDPO changed the rare prompts' APR from {Value(apr.Rare.Pretrained.Value)} to {Value(apr.Rare.Ddpo.Value)}, {Change(gain)} " +
            $"(mean of {apr.Rare.Prompts} rare prompts, {comparison.SamplesPerPrompt} samples each); common prompts {Change(apr.Common.Gain)}; " +
            $"rare minus common gain {Change(apr.RareGainOverCommonGain)}.";
        return new Claim(1, GeneratorStatement, outcome, $"Claim 1 {Verdict(outcome)}: {evidence}", rule);
    }

    public static Claim Classifier(ClassifierClaim claim, double level)
    {
        string seeds = claim.Seeds == 1 ? "one classifier seed" : $"the mean over {claim.Seeds} classifier seeds";
        string rule =
            $"Decided on DDPO augmentation minus oversampling in accuracy on the under-represented subgroups pooled (all their test images together), " +
            $"{seeds}, with its paired {Level(level)} cluster-bootstrap interval (lesions drawn with replacement within each subgroup, the same lesions " +
            "for every seed and both arms): held when the interval lies above 0, did not hold when it lies below 0, undecided when it includes 0. " +
            "The difference against real images only is stated beside it; it does not decide.";
        ClassifierClaimRow? ddpo = claim.Rows.SingleOrDefault(row => row.Arm == ArmNames.DdpoAugmented);
        PairedDifference? versusOversampling = DifferenceOf(ddpo, ArmNames.Oversampling);
        if (versusOversampling is null || OutcomeOf(versusOversampling) == ClaimOutcome.NotJudged)
            return new Claim(2, ClassifierStatement, ClaimOutcome.NotJudged,
                "Claim 2 was not judged: the report lacks the DDPO augmentation or the oversampling arm, or the under-represented subgroups have no test image.", rule);
        ClaimOutcome outcome = OutcomeOf(versusOversampling);
        string versusReal = DifferenceOf(ddpo, ArmNames.RealOnly) is { } real ? $"; against real images only {Change(real)}" : "";
        string evidence =
            $"DDPO augmentation against oversampling, accuracy on the under-represented subgroups pooled: {Change(versusOversampling)} ({seeds}){versusReal}.";
        return new Claim(2, ClassifierStatement, outcome, $"Claim 2 {Verdict(outcome)}: {evidence}", rule);
    }

    private static PairedDifference? DifferenceOf(ClassifierClaimRow? row, string baseline) =>
        row?.Differences.GetValueOrDefault(baseline)?.GetValueOrDefault(ClassifierQuantity);

    private static string Verdict(ClaimOutcome outcome) => outcome switch
    {
        ClaimOutcome.Held => "held",
        ClaimOutcome.DidNotHold => "did not hold",
        ClaimOutcome.Undecided => "is undecided because the interval includes 0",
        _ => "was not judged",
    };

    private static string Change(PairedDifference difference) => $"{Signed(difference.Difference)} {Interval(difference.Lower, difference.Upper)}";
}
