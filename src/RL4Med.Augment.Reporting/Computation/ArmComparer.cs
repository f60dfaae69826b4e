using RL4Med.Augment.Metrics;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>Paired-bootstrap differences of an arm against a baseline on the same test images.</summary>
internal sealed class ArmComparer(
    string positiveClass,
    MetricFrameOptions frameOptions,
    BootstrapOptions bootstrapOptions,
    IReadOnlySet<string> underRepresented)
{
    private readonly IReadOnlyList<Metric> metrics = ReportMetrics.Paired(positiveClass);

    public ArmComparison Compare(ArmPredictions arm, ArmPredictions baseline)
    {
        BootstrapResult paired = ClusterBootstrap.RunPaired(arm.Predictions, baseline.Predictions, metrics, bootstrapOptions, frameOptions);
        string accuracy = ReportMetrics.Accuracy;
        // Group sizes are the same in both arms: the rows are.
        MetricFrame sizes = MetricFrame.Compute(arm.Predictions, [], frameOptions);
        SubgroupDifference[] subgroups = sizes.ByGroup
            .Select(group => new SubgroupDifference(
                group.Group, underRepresented.Contains(group.Group), group.IsSmall, PairedDifference.From(paired.ByGroup[group.Group][accuracy])))
            .ToArray();
        return new ArmComparison(
            arm.Name,
            baseline.Name,
            PairedDifference.From(paired.Overall[accuracy]),
            PairedDifference.From(paired.WorstGroup[accuracy]),
            PairedDifference.From(paired.Overall[ReportMetrics.BalancedAccuracy]),
            PairedDifference.From(paired.Overall[ReportMetrics.Sensitivity(positiveClass)]),
            subgroups);
    }
}
