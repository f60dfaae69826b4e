using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Metrics;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>Computes every number of the report from its inputs.</summary>
public static class ReportComputation
{
    /// <summary>
    /// Evaluates each arm on the real test images (overall, per subgroup, across subgroups, fairness, all with
    /// seeded cluster-bootstrap intervals), compares each arm with the baselines that precede it by paired
    /// bootstrap, and writes the headline; then the paper's two claims (the classifier claim pooled over every classifier seed).
    /// </summary>
    /// <exception cref="ArgumentException">The inputs are inconsistent (see <see cref="ReportInputs.Validate"/>), or the arms' rows disagree on a test image's label, subgroup or lesion.</exception>
    public static ReportResults Run(ReportInputs inputs)
    {
        inputs.Validate();
        IReadOnlyList<string> sampleIds = inputs.Arms[0].SampleIds;
        ArmPredictions[] arms = inputs.Arms.Select(arm => arm.AlignedTo(sampleIds)).ToArray();
        IReadOnlyList<Metric> metrics = ReportMetrics.All(inputs.ClassNames, inputs.PositiveClass);
        // Too-small subgroups stay in the tables but must not decide the worst group: their values are mostly noise.
        var frameOptions = new MetricFrameOptions { MinimumGroupSize = inputs.MinimumTestImages, ExcludeSmallGroupsFromComparisons = true };

        var evaluator = new ArmEvaluator(metrics, frameOptions, inputs.Bootstrap, inputs.UnderRepresentedSubgroups);
        var comparer = new ArmComparer(inputs.PositiveClass, frameOptions, inputs.Bootstrap, inputs.UnderRepresentedSubgroups);
        ArmResult[] results = arms
            .Select(arm => evaluator.Evaluate(arm, BaselinesOf(arm.Name, inputs, arms).Select(baseline => comparer.Compare(arm, baseline)).ToArray()))
            .ToArray();

        IReadOnlyList<ArmPredictions>[] seeds = [arms, .. inputs.OtherSeeds.Select(seed => seed.Select(arm => arm.AlignedTo(sampleIds)).ToArray())];
        ClassifierClaim classifierClaim = ClassifierClaimCalculator.Compute(
            seeds, inputs.PositiveClass, inputs.UnderRepresentedSubgroups, frameOptions, inputs.Bootstrap);
        Claim[] claims =
        [
            ClaimWriter.Generator(inputs.GeneratorClaim, inputs.Bootstrap.ConfidenceLevel),
            ClaimWriter.Classifier(classifierClaim, inputs.Bootstrap.ConfidenceLevel),
        ];

        var settings = new ReportSettings(
            inputs.TestSetName, inputs.PositiveClass, inputs.ClassNames.ToArray(), metrics.Select(metric => metric.Name).ToArray(),
            inputs.MinimumTestImages, inputs.Bootstrap.Resamples, inputs.Bootstrap.Seed, inputs.Bootstrap.ConfidenceLevel);
        return new ReportResults(
            claims,
            settings,
            HeadlineWriter.Write(results, inputs.HeadlineArm, inputs.HeadlineBaseline, settings),
            results,
            inputs.UnderRepresentedSubgroups.Order(StringComparer.Ordinal).ToArray(),
            inputs.SubgroupCounts,
            inputs.RewardCurve,
            inputs.GeneratorEvaluation,
            inputs.AutoencoderReconstruction,
            inputs.ImageGrids,
            MetricDefinitions.Describe(metrics, frameOptions, inputs.Bootstrap),
            inputs.ConfigurationJson,
            inputs.Seeds,
            classifierClaim,
            inputs.GeneratorClaim,
            inputs.ModelSelection);
    }

    /// <summary>
    /// The baselines an arm is compared with: those listed before it in <see cref="ArmNames.Baselines"/> (so
    /// oversampling is compared with real_only, not the reverse), plus the headline's baseline for the headline arm.
    /// </summary>
    private static IEnumerable<ArmPredictions> BaselinesOf(string arm, ReportInputs inputs, ArmPredictions[] arms)
    {
        List<string> baselines = ArmNames.Baselines.TakeWhile(baseline => baseline != arm).ToList();
        if (arm == inputs.HeadlineArm && !baselines.Contains(inputs.HeadlineBaseline)) baselines.Add(inputs.HeadlineBaseline);
        return baselines.SelectMany(baseline => arms.Where(candidate => candidate.Name == baseline));
    }
}
