using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>Every number and text of a report: what <c>report.json</c> holds and the HTML and Markdown show.</summary>
/// <param name="Claims">The paper's two claims, each answered in one sentence: held, did not hold or undecided.</param>
/// <param name="Settings">What the numbers were computed on and how.</param>
/// <param name="Headline">The answer, and the headline table.</param>
/// <param name="Arms">Each arm's metrics, spread, fairness and comparisons, in input order.</param>
/// <param name="UnderRepresentedSubgroups">The under-represented subgroups, in ordinal order.</param>
/// <param name="SubgroupCounts">Real and synthetic image counts per subgroup, as given.</param>
/// <param name="RewardCurve">The DDPO reward per epoch, as given.</param>
/// <param name="GeneratorEvaluation">The generators' evaluation, as given.</param>
/// <param name="AutoencoderReconstruction">The latent generator's autoencoder reconstruction quality, as given; null for a generator on pixels.</param>
/// <param name="ImageGrids">Synthetic beside real samples, as given (the JSON keeps their labels, not their pixels).</param>
/// <param name="MetricDefinitions">How every number is computed, as plain text.</param>
/// <param name="ConfigurationJson">The run's configuration, verbatim.</param>
/// <param name="Seeds">The run's seeds by purpose.</param>
/// <param name="ClassifierClaim">The classifier claim's table: every arm across classifier seeds, paired differences pooled over seeds.</param>
/// <param name="GeneratorClaim">The generator claim's comparison of the generators, as given; null without a generator evaluation.</param>
/// <param name="ModelSelection">How epochs, thresholds and cut-offs were chosen, and what the test split was used for, as given.</param>
public sealed record ReportResults(
    IReadOnlyList<Claim> Claims,
    ReportSettings Settings,
    Headline Headline,
    IReadOnlyList<ArmResult> Arms,
    IReadOnlyList<string> UnderRepresentedSubgroups,
    IReadOnlyList<SubgroupCountRow> SubgroupCounts,
    IReadOnlyList<RewardCurvePoint> RewardCurve,
    GeneratorEvaluation? GeneratorEvaluation,
    AutoencoderReconstruction? AutoencoderReconstruction,
    IReadOnlyList<ImageGrid> ImageGrids,
    string MetricDefinitions,
    string ConfigurationJson,
    IReadOnlyDictionary<string, long> Seeds,
    ClassifierClaim ClassifierClaim,
    GeneratorComparison? GeneratorClaim,
    string ModelSelection);
