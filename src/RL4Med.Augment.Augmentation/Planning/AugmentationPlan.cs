using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Augmentation.Planning;

/// <summary>
/// Which synthetic images to make, decided before any is generated: per under-represented subgroup its real training
/// count, target and quota (<see cref="QuotaPlanner"/>, the same numbers the oversampling baseline adds), and every
/// image's global index, prompt and seed. Pure data: the same rows and settings give the same plan on any machine.
/// </summary>
public sealed class AugmentationPlan
{
    private AugmentationPlan(SubgroupCounts counts, int masterSeed, IReadOnlyList<SubgroupPlan> subgroups)
    {
        Counts = counts;
        MasterSeed = masterSeed;
        Subgroups = subgroups;
        Images = subgroups.SelectMany(s => s.Images).ToList();
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(
            Images.Select(i => $"{i.Index}\t{i.Key}\t{i.Prompt}\t{i.Seed.ToString(CultureInfo.InvariantCulture)}\n")))));
    }

    /// <summary>The real training counts of every subgroup (the table the quotas come from).</summary>
    public SubgroupCounts Counts { get; }

    /// <summary>The seed every image seed and donor choice derives from.</summary>
    public int MasterSeed { get; }

    /// <summary>One entry per under-represented subgroup, in the counts table's order (largest real count first).</summary>
    public IReadOnlyList<SubgroupPlan> Subgroups { get; }

    /// <summary>All planned images; image i has <see cref="PlannedImage.Index"/> i.</summary>
    public IReadOnlyList<PlannedImage> Images { get; }

    /// <summary>SHA-256 of every image's index, subgroup, prompt and seed: equal fingerprints, equal plans.</summary>
    public string Fingerprint { get; }

    /// <summary>
    /// Plans the images for <paramref name="realTrainingRows"/> (real rows of the training split only). Every attribute
    /// of <paramref name="spec"/> other than the diagnosis must be one prompts state (an artifact flag, or a categorical
    /// attribute with a prompt template): a generator cannot be asked for anything else.
    /// </summary>
    /// <param name="realTrainingRows">The real training rows the counts are taken from and prompt donors drawn from.</param>
    /// <param name="dataset">Diagnoses and attributes, with the words prompts use for them.</param>
    /// <param name="spec">The attributes that make a subgroup.</param>
    /// <param name="rule">When a subgroup is under-represented.</param>
    /// <param name="quota">How many images the under-represented subgroups get.</param>
    /// <param name="masterSeed">The run's master seed.</param>
    public static AugmentationPlan Create(IReadOnlyList<ManifestRow> realTrainingRows, DatasetConfig dataset, SubgroupSpec spec,
        UnderRepresentationRule rule, QuotaConfig quota, int masterSeed)
    {
        if (realTrainingRows.FirstOrDefault(r => r.IsSynthetic || r.Split != SplitNames.Train) is { } other)
            throw new ArgumentException($"sample '{other.SampleId}' is not a real training row: the plan counts real training images only", nameof(realTrainingRows));
        var builder = new PromptBuilder(dataset);
        var prompted = builder.Flags.Concat(builder.PromptedCategories).Select(a => a.Name).Append(SubgroupSpec.DiagnosisAttribute).ToHashSet();
        if (spec.Attributes.FirstOrDefault(a => !prompted.Contains(a)) is { } unprompted)
            throw new ArgumentException(
                $"subgroup attribute '{unprompted}' is not stated in prompts (only diagnosis, artifact flags and categorical attributes " +
                "with a prompt template are), so a generator cannot be asked for it", nameof(spec));

        var counts = SubgroupCounts.Count(realTrainingRows, spec, rule, spec.PossibleKeys(dataset.KeptDiagnoses));
        var donors = new PromptDonors(builder, realTrainingRows);
        var subgroups = new List<SubgroupPlan>();
        int index = 0;
        foreach (var quotaOfKey in QuotaPlanner.Plan(counts, quota))
        {
            var images = Enumerable.Range(0, quotaOfKey.Add).Select(ordinal =>
            {
                var promptSpec = donors.SpecFor(quotaOfKey.Key, masterSeed, ordinal);
                return new PlannedImage(index++, quotaOfKey.Key, ordinal, promptSpec, builder.Describe(promptSpec),
                    ImageSeeds.Noise(masterSeed, quotaOfKey.Key, ordinal));
            }).ToList();
            string example = images.Count > 0 ? images[0].Prompt : builder.Describe(donors.SpecFor(quotaOfKey.Key, masterSeed, 0));
            subgroups.Add(new SubgroupPlan(quotaOfKey, images, example));
        }
        return new AugmentationPlan(counts, masterSeed, subgroups);
    }

    /// <summary>The plan as a text table: subgroup, real, target, add, example prompt; and the total.</summary>
    public string ToTable()
    {
        var rows = Subgroups.Select(s => new[]
        {
            s.Key.Text, Number(s.Quota.RealTrain), Number(s.Quota.Target), Number(s.Quota.Add), s.ExamplePrompt,
        }).Prepend(new[] { "subgroup", "real", "target", "add", "example prompt" })
            .Append(new[] { "total", Number(Subgroups.Sum(s => s.Quota.RealTrain)), "", Number(Images.Count), "" })
            .ToList();
        int[] widths = Enumerable.Range(0, 4).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var cells = Enumerable.Range(1, 3).Select(c => row[c].PadLeft(widths[c])).Prepend(row[0].PadRight(widths[0])).Append(row[4]);
            text.AppendLine(string.Join("  ", cells).TrimEnd()); // the total row has no prompt
        }
        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
