using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Data.Prompts;

/// <summary>
/// Builds prompts with the RL4Med-DDPO template: "a dermoscopic image of melanoma showing hair, ruler" or
/// "... with no visible artifacts", artifacts in the configuration's order, then the words of prompted
/// categorical attributes ("on type V skin"). Unknown values are left out, never guessed: when a flag is
/// unknown the artifact phrase is dropped, since "showing hair" would also claim "no ruler".
/// </summary>
public sealed class PromptBuilder
{
    /// <summary>The words every prompt starts with.</summary>
    public const string Prefix = "a dermoscopic image of";

    /// <summary>The phrase for an image whose flags are all known and all absent.</summary>
    public const string NoArtifacts = "with no visible artifacts";

    private readonly DatasetConfig dataset;
    private readonly IReadOnlyList<AttributeConfig> flags;
    private readonly IReadOnlyList<AttributeConfig> prompted;

    public PromptBuilder(DatasetConfig dataset)
    {
        this.dataset = dataset;
        flags = dataset.Attributes.Where(a => a.Kind == AttributeKind.Binary).ToList();
        prompted = dataset.Attributes.Where(a => a.Kind == AttributeKind.Categorical && !string.IsNullOrEmpty(a.Prompt)).ToList();
    }

    /// <summary>The binary attributes (artifacts) prompts mention, in prompt order.</summary>
    public IReadOnlyList<AttributeConfig> Flags => flags;

    /// <summary>The categorical attributes prompts mention.</summary>
    public IReadOnlyList<AttributeConfig> PromptedCategories => prompted;

    /// <summary>What the prompt of <paramref name="row"/> states.</summary>
    public PromptSpec SpecOf(ManifestRow row) => SpecOf(row.Diagnosis, name => row.Attributes.GetValueOrDefault(name));

    /// <summary>What the prompt of a subgroup states; attributes outside the key are left out.</summary>
    public PromptSpec SpecOf(SubgroupKey key) =>
        SpecOf(key[SubgroupSpec.DiagnosisAttribute], name =>
            key.Values.FirstOrDefault(v => v.Key == name).Value is { } value && value != SubgroupSpec.UnknownValue ? value : null);

    /// <summary>The prompt text of <paramref name="row"/>.</summary>
    public string PromptOf(ManifestRow row) => Describe(SpecOf(row));

    /// <summary>The prompt text of <paramref name="spec"/>.</summary>
    public string Describe(PromptSpec spec)
    {
        if (!dataset.Diagnoses.TryGetValue(spec.Diagnosis, out string? diagnosisWords))
            throw new ArgumentException($"diagnosis '{spec.Diagnosis}' is not declared in dataset.diagnoses");
        var words = new List<string> { Prefix, diagnosisWords };
        if (flags.Count > 0 && flags.All(f => spec.Attributes.ContainsKey(f.Name)))
        {
            var present = flags.Where(f => spec.Attributes[f.Name] == "1").Select(FlagWords).ToList();
            words.Add(present.Count > 0 ? "showing " + string.Join(", ", present) : NoArtifacts);
        }
        foreach (var attribute in prompted)
            if (spec.Attributes.TryGetValue(attribute.Name, out string? value))
                words.Add(attribute.Prompt!.Replace("{value}", value));
        return string.Join(' ', words);
    }

    private PromptSpec SpecOf(string diagnosis, Func<string, string?> valueOf)
    {
        var stated = new Dictionary<string, string>(StringComparer.Ordinal);
        var flagValues = flags.Select(f => (f.Name, Value: valueOf(f.Name))).ToList();
        if (flagValues.All(f => f.Value != null))
            foreach (var (name, value) in flagValues) stated[name] = value!;
        foreach (var attribute in prompted)
            if (valueOf(attribute.Name) is { } value) stated[attribute.Name] = value;
        return new PromptSpec(diagnosis, stated);
    }

    private static string FlagWords(AttributeConfig flag) => string.IsNullOrEmpty(flag.Prompt) ? flag.Name.Replace('_', ' ') : flag.Prompt;
}
