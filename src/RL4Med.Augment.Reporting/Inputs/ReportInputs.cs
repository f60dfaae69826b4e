using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>Everything the report is computed from: the arms' test predictions and what the run recorded.</summary>
public sealed record ReportInputs
{
    /// <summary>Name of the real test set the arms were evaluated on, e.g. "quick demo, test split (455 images)".</summary>
    public required string TestSetName { get; init; }

    /// <summary>The arms (usually the four of <see cref="ArmNames"/>), in report order; all must predict the same test images.</summary>
    public required IReadOnlyList<ArmPredictions> Arms { get; init; }

    /// <summary>The class whose sensitivity and one-vs-rest fairness the report leads with, e.g. <c>mel</c>.</summary>
    public required string PositiveClass { get; init; }

    /// <summary>The classes, in score order; every arm must have these.</summary>
    public required IReadOnlyList<string> ClassNames { get; init; }

    /// <summary>
    /// The arms trained with classifier seeds 1, 2, ... (<see cref="Arms"/> is seed 0), each with the same arms in the same
    /// order; empty with one seed. The tables per arm show seed 0; the claims pool every seed.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ArmPredictions>> OtherSeeds { get; init; } = [];

    /// <summary>The generator claim's evidence from the generator evaluation; null when there is none.</summary>
    public GeneratorComparison? GeneratorClaim { get; init; }

    /// <summary>How the run chose epochs, thresholds and filter cut-offs, and which split it used for what, in plain words.</summary>
    public string ModelSelection { get; init; } = "";

    /// <summary>The subgroups that were judged under-represented; their rows are highlighted and their accuracy compared arm by arm.</summary>
    public IReadOnlySet<string> UnderRepresentedSubgroups { get; init; } = new HashSet<string>();

    /// <summary>Real and synthetic image counts per subgroup; empty when not known.</summary>
    public IReadOnlyList<SubgroupCountRow> SubgroupCounts { get; init; } = [];

    /// <summary>The DDPO reward per epoch; empty when there was no DDPO run.</summary>
    public IReadOnlyList<RewardCurvePoint> RewardCurve { get; init; } = [];

    /// <summary>The generators' own evaluation; null when there is none.</summary>
    public GeneratorEvaluation? GeneratorEvaluation { get; init; }

    /// <summary>The reconstruction quality of a latent generator's autoencoder; null for a generator on pixels.</summary>
    public AutoencoderReconstruction? AutoencoderReconstruction { get; init; }

    /// <summary>Synthetic samples beside real ones, per under-represented subgroup.</summary>
    public IReadOnlyList<ImageGrid> ImageGrids { get; init; } = [];

    /// <summary>The run's configuration file as text, printed verbatim.</summary>
    public string ConfigurationJson { get; init; } = "";

    /// <summary>The seeds of the run by purpose, e.g. <c>split</c>, <c>classifier</c>, <c>generator</c>.</summary>
    public IReadOnlyDictionary<string, long> Seeds { get; init; } = new Dictionary<string, long>();

    /// <summary>
    /// Subgroups with fewer test images than this are marked "too few to judge": listed with their values, but
    /// left out of worst-group, gap and fairness comparisons. Default 30.
    /// </summary>
    public int MinimumTestImages { get; init; } = 30;

    /// <summary>Resamples, seed and level of every bootstrap interval. Default 1000 resamples, seed 42, 95%.</summary>
    public BootstrapOptions Bootstrap { get; init; } = new();

    /// <summary>The arm the headline sentence is about. Default <see cref="ArmNames.DdpoAugmented"/>.</summary>
    public string HeadlineArm { get; init; } = ArmNames.DdpoAugmented;

    /// <summary>The arm the headline arm must beat. Default <see cref="ArmNames.Oversampling"/>.</summary>
    public string HeadlineBaseline { get; init; } = ArmNames.Oversampling;

    /// <summary>Checks that the inputs describe one consistent experiment.</summary>
    /// <exception cref="ArgumentException">The first inconsistency found, named.</exception>
    public void Validate()
    {
        if (Arms.Count == 0) throw new ArgumentException("The report needs at least one arm.");
        if (MinimumTestImages < 1) throw new ArgumentException($"MinimumTestImages is {MinimumTestImages}; it must be at least 1.");
        if (!ClassNames.Contains(PositiveClass, StringComparer.Ordinal))
            throw new ArgumentException($"The positive class '{PositiveClass}' is not one of the classes: {string.Join(", ", ClassNames)}.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (ArmPredictions arm in Arms)
        {
            if (!names.Add(arm.Name)) throw new ArgumentException($"Arm '{arm.Name}' is listed twice.");
            ValidateArm(arm);
        }
        for (int seed = 0; seed < OtherSeeds.Count; seed++)
        {
            if (!OtherSeeds[seed].Select(arm => arm.Name).SequenceEqual(Arms.Select(arm => arm.Name), StringComparer.Ordinal))
                throw new ArgumentException(
                    $"Classifier seed {seed + 1} has arms {string.Join(", ", OtherSeeds[seed].Select(arm => arm.Name))}; seed 0 has {string.Join(", ", Arms.Select(arm => arm.Name))}.");
            foreach (ArmPredictions arm in OtherSeeds[seed]) ValidateArm(arm);
        }
        if (HeadlineArm == HeadlineBaseline) throw new ArgumentException($"The headline compares '{HeadlineArm}' with itself.");
        foreach (SubgroupCountRow row in SubgroupCounts)
        {
            if (row.UnderRepresented != UnderRepresentedSubgroups.Contains(row.Subgroup))
                throw new ArgumentException(
                    $"Subgroup '{row.Subgroup}' is {(row.UnderRepresented ? "" : "not ")}flagged under-represented in the counts table but " +
                    $"{(row.UnderRepresented ? "missing from" : "listed in")} the under-represented subgroups.");
        }
        foreach (ImagePanel panel in ImageGrids.SelectMany(grid => grid.Panels).Append(AutoencoderReconstruction?.Image).OfType<ImagePanel>())
        {
            if (!panel.IsPng) throw new ArgumentException($"Image panel '{panel.Label}' is not a PNG file.");
        }
        foreach (GeneratorEvaluationTable table in GeneratorEvaluation?.Tables ?? [])
        {
            GeneratorEvaluationRow? bad = table.Rows.FirstOrDefault(row => row.Values.Count != table.Columns.Count);
            if (bad is not null)
                throw new ArgumentException($"Generator evaluation table '{table.Title}', row '{bad.Label}': {bad.Values.Count} values for {table.Columns.Count} columns.");
        }
    }

    private void ValidateArm(ArmPredictions arm)
    {
        PredictionSet predictions = arm.Predictions;
        if (predictions.Count == 0) throw new ArgumentException($"Arm '{arm.Name}' has no predictions.");
        if (!predictions.ClassNames.SequenceEqual(ClassNames, StringComparer.Ordinal) || predictions.PositiveClass != PositiveClass)
            throw new ArgumentException(
                $"Arm '{arm.Name}' has classes {string.Join(", ", predictions.ClassNames)} (positive '{predictions.PositiveClass}'); " +
                $"the report expects {string.Join(", ", ClassNames)} (positive '{PositiveClass}').");
        if (arm.SampleIds.Count != predictions.Count)
            throw new ArgumentException($"Arm '{arm.Name}' has {arm.SampleIds.Count} sample ids for {predictions.Count} predictions.");
        string? duplicate = arm.SampleIds.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1)?.Key;
        if (duplicate is not null) throw new ArgumentException($"Arm '{arm.Name}' lists test image '{duplicate}' twice.");
    }
}
