using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Runs.Generation;

/// <summary>
/// Completes what a prompt must say beyond a subgroup: artifact flags the subgroup leaves open are absent, and
/// prompted categories (skin type) take their most common training value, so the prompts look like the ones
/// the generator was trained on.
/// </summary>
public sealed class TypicalPrompts
{
    private readonly PromptBuilder builder;
    private readonly Dictionary<string, string> common;

    public TypicalPrompts(PromptBuilder builder, IReadOnlyList<ManifestRow> trainingRows)
    {
        this.builder = builder;
        common = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in builder.PromptedCategories)
        {
            string? value = trainingRows.Select(r => r.Attributes.GetValueOrDefault(attribute.Name)).Where(v => v != null)
                .GroupBy(v => v!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
            if (value != null) common[attribute.Name] = value;
        }
    }

    /// <summary>The typical prompt for <paramref name="diagnosis"/> with exactly the flags in <paramref name="presentFlags"/>.</summary>
    public PromptSpec For(string diagnosis, IEnumerable<string> presentFlags)
    {
        var present = presentFlags.ToHashSet();
        var attributes = builder.Flags.ToDictionary(f => f.Name, f => present.Contains(f.Name) ? "1" : "0");
        foreach (var (name, value) in common) attributes[name] = value;
        return new PromptSpec(diagnosis, attributes);
    }

    /// <summary>The typical prompt of a fully known subgroup: its own values, then the typical rest.</summary>
    public PromptSpec For(SubgroupKey key)
    {
        var spec = For(key[SubgroupSpec.DiagnosisAttribute], Array.Empty<string>());
        var attributes = new Dictionary<string, string>(spec.Attributes);
        foreach (var (name, value) in key.Values)
            if (name != SubgroupSpec.DiagnosisAttribute) attributes[name] = value;
        return spec with { Attributes = attributes };
    }

    /// <summary>The text of <paramref name="spec"/>.</summary>
    public string Describe(PromptSpec spec) => builder.Describe(spec);
}
