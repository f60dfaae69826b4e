using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Data.Subgroups;
using RL4Med.Augment.Rewards.Heads;

namespace RL4Med.Augment.Rewards.Reward;

/// <summary>
/// What a prompt asks for, as the value each constrained head should show, e.g. <c>diagnosis=mel, hair=1, ruler=0</c>.
/// Heads it does not mention are not scored. Absent artifacts are constraints too: a prompt that names no ruler asks
/// for an image without one (its <see cref="PromptSpec"/> states <c>ruler=0</c>).
/// </summary>
public sealed class AttributeTarget
{
    /// <summary>A target constraining exactly the heads in <paramref name="values"/> (head name to value label).</summary>
    public AttributeTarget(IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0) throw new ArgumentException("a target constrains at least one attribute");
        Values = values;
    }

    /// <summary>Head name to the value the image should show.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>
    /// The target of a prompt: its diagnosis and every value it states (a prompt that states flags states all of them,
    /// "showing hair" meaning also "no ruler"). Attributes without a head in <paramref name="heads"/> cannot be judged
    /// and are left out.
    /// </summary>
    public static AttributeTarget FromPrompt(PromptSpec spec, AttributeHeads heads)
    {
        var stated = spec.Attributes.Append(new KeyValuePair<string, string>(SubgroupSpec.DiagnosisAttribute, spec.Diagnosis));
        var judged = heads.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        return new AttributeTarget(stated.Where(kv => judged.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));
    }

    /// <summary>The known values of a real image for each head: the target a perfect generator would have met.</summary>
    public static AttributeTarget FromRow(ManifestRow row, AttributeHeads heads) =>
        new(heads.Select(h => (h.Name, Value: row.ValueOf(h.Name)))
            .Where(x => x.Value is not null)
            .ToDictionary(x => x.Name, x => x.Value!, StringComparer.Ordinal));

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Values.Select(kv => $"{kv.Key}={kv.Value}"));
}
