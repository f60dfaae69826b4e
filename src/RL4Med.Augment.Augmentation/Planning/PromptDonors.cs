using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Augmentation.Planning;

/// <summary>
/// Chooses what a synthetic image's prompt states. The subgroup key fixes its own attributes; every other value a
/// prompt states (the remaining artifact flags, prompted categories such as skin type) is copied from a real training
/// row of the same diagnosis whose flags are all known, drawn per image with <see cref="ImageSeeds.Donor"/>.
/// Why: the generator only learned the joint distribution of the training prompts, so "melanoma showing ink markings on
/// type II skin" (a combination seen in training) works better than a prompt that states fewer words than any training
/// prompt ever did; and the added images carry the same mix of other artifacts and skin types as real images of the
/// diagnosis. A donor whose skin type is unknown gives a prompt without skin type, as its own training prompt had.
/// </summary>
internal sealed class PromptDonors
{
    private readonly PromptBuilder builder;
    private readonly IReadOnlyList<ManifestRow> all;
    private readonly ILookup<string, ManifestRow> byDiagnosis;

    /// <summary>Donors from <paramref name="realTrainingRows"/>, sorted by sample id so input order does not matter.</summary>
    public PromptDonors(PromptBuilder builder, IEnumerable<ManifestRow> realTrainingRows)
    {
        this.builder = builder;
        all = realTrainingRows
            .Where(row => builder.Flags.All(flag => row.Attributes.GetValueOrDefault(flag.Name) != null))
            .OrderBy(row => row.SampleId, StringComparer.Ordinal)
            .ToList();
        byDiagnosis = all.ToLookup(row => row.Diagnosis, StringComparer.Ordinal);
    }

    /// <summary>The prompt spec of the image <paramref name="ordinal"/> of subgroup <paramref name="key"/>.</summary>
    public PromptSpec SpecFor(SubgroupKey key, int masterSeed, int ordinal)
    {
        string? diagnosis = key.Values.Any(v => v.Key == SubgroupSpec.DiagnosisAttribute) ? key[SubgroupSpec.DiagnosisAttribute] : null;
        var pool = diagnosis == null ? all : byDiagnosis[diagnosis].ToList();
        if (pool.Count == 0)
        {
            // No donor: the prompt states the key's values only (a prompt the generator's vocabulary covers too).
            if (diagnosis == null)
                throw new InputDataException($"subgroup {key}: no real training row with all flags known to take a diagnosis from");
            return builder.SpecOf(key);
        }
        var donor = builder.SpecOf(pool[ImageSeeds.Donor(masterSeed, key, ordinal, pool.Count)]);
        var stated = new Dictionary<string, string>(donor.Attributes, StringComparer.Ordinal);
        foreach (var (name, value) in key.Values.Where(v => v.Key != SubgroupSpec.DiagnosisAttribute))
            stated[name] = value;
        return new PromptSpec(diagnosis ?? donor.Diagnosis, stated);
    }
}
