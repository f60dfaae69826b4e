using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Metrics;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>
/// The classifier claim's numbers: each arm's quantities (<see cref="ClaimQuantity"/>) across classifier seeds, and its
/// paired differences against oversampling and real images only, pooled over seeds by one cluster bootstrap.
/// </summary>
internal static class ClassifierClaimCalculator
{
    /// <summary>The claim table of <paramref name="seeds"/>: per classifier seed, the arms in report order, all aligned to the same test images.</summary>
    public static ClassifierClaim Compute(
        IReadOnlyList<IReadOnlyList<ArmPredictions>> seeds,
        string positiveClass,
        IReadOnlySet<string> underRepresented,
        MetricFrameOptions frameOptions,
        BootstrapOptions bootstrap)
    {
        IReadOnlyList<Metric> metrics = ClaimQuantity.Metrics(positiveClass, underRepresented);
        IReadOnlyList<ClaimQuantity> quantities = ClaimQuantity.All(positiveClass);
        List<string> arms = seeds[0].Select(arm => arm.Name).ToList();
        PredictionSet[] SeedsOf(int arm) => seeds.Select(seed => seed[arm].Predictions).ToArray();

        ClassifierClaimRow RowOf(int arm)
        {
            MetricFrame[] frames = SeedsOf(arm).Select(predictions => MetricFrame.Compute(predictions, metrics, frameOptions)).ToArray();
            var values = quantities.ToDictionary(q => q.Key, q => SeedSpread.Of(frames.Select(q.Value).ToArray()), StringComparer.Ordinal);
            var differences = ArmNames.Baselines.TakeWhile(baseline => baseline != arms[arm]).Where(arms.Contains).ToDictionary(
                baseline => baseline,
                baseline =>
                {
                    BootstrapResult paired = ClusterBootstrap.RunPairedPooled(SeedsOf(arm), SeedsOf(arms.IndexOf(baseline)), metrics, bootstrap, frameOptions);
                    return (IReadOnlyDictionary<string, PairedDifference>)quantities.ToDictionary(
                        q => q.Key, q => PairedDifference.From(q.Interval(paired)), StringComparer.Ordinal);
                },
                StringComparer.Ordinal);
            return new ClassifierClaimRow(arms[arm], values, differences);
        }

        return new ClassifierClaim(
            seeds.Count,
            quantities.ToDictionary(q => q.Key, q => q.Label, StringComparer.Ordinal),
            underRepresented.Order(StringComparer.Ordinal).ToArray(),
            Enumerable.Range(0, arms.Count).Select(RowOf).ToArray());
    }
}
