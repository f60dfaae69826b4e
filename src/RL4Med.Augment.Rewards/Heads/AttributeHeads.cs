using System.Collections;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Importers;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Rewards.Heads;

/// <summary>
/// The heads of an attribute classifier, in output order, and how labels map to their classes. A label vector
/// holds one class index per head, or <see cref="Unknown"/> where the value is unknown (or, for a prompt's
/// target, not constrained); such heads are left out of the loss and of every score.
/// </summary>
public sealed class AttributeHeads : IReadOnlyList<AttributeHead>
{
    /// <summary>The class index of an unknown or unconstrained value.</summary>
    public const int Unknown = -1;

    private readonly IReadOnlyList<AttributeHead> heads;
    private readonly int[] offsets;

    /// <summary>Heads in output order; names must be unique and every softmax head needs two values or more.</summary>
    public AttributeHeads(IEnumerable<AttributeHead> heads)
    {
        this.heads = heads.ToList();
        if (this.heads.Count == 0) throw new ArgumentException("an attribute classifier needs at least one head");
        var names = new HashSet<string>(StringComparer.Ordinal);
        offsets = new int[this.heads.Count];
        for (int h = 0; h < this.heads.Count; h++)
        {
            var head = this.heads[h];
            if (!names.Add(head.Name)) throw new ArgumentException($"head '{head.Name}' is listed twice");
            if (!head.IsBinary && head.Values.Count < 2) throw new ArgumentException($"head '{head.Name}' needs at least two values");
            offsets[h] = LogitWidth;
            LogitWidth += head.LogitCount;
        }
    }

    /// <summary>Total logits of all heads: the width of the classifier's output.</summary>
    public int LogitWidth { get; }

    public int Count => heads.Count;

    public AttributeHead this[int index] => heads[index];

    /// <summary>Index of head <paramref name="index"/>'s first logit in the classifier's output.</summary>
    public int LogitOffset(int index) => offsets[index];

    /// <summary>The index of the head called <paramref name="name"/>; throws when there is none.</summary>
    public int IndexOf(string name)
    {
        for (int h = 0; h < heads.Count; h++)
            if (heads[h].Name == name) return h;
        throw new ArgumentException($"there is no head '{name}' (heads: {string.Join(", ", heads.Select(x => x.Name))})");
    }

    /// <summary>
    /// The attributes that get a head unless a list is given: the diagnosis, every binary attribute, and every
    /// categorical attribute that prompts mention (a <see cref="AttributeConfig.Prompt"/> template) and whose values
    /// form a closed set. Attributes no prompt asks for cannot be rewarded, so they get no head.
    /// </summary>
    public static IReadOnlyList<string> DefaultNames(DataConfig config) =>
        new[] { SubgroupSpec.DiagnosisAttribute }
            .Concat(config.Dataset.Attributes
                .Where(a => a.Kind == AttributeKind.Binary || (!string.IsNullOrEmpty(a.Prompt) && ClosedValues(a).Count > 0))
                .Select(a => a.Name))
            .ToList();

    /// <summary>
    /// The heads of <paramref name="names"/> (<see cref="DefaultNames"/> when null or empty), in that order:
    /// <c>diagnosis</c> is a softmax over the kept diagnoses, a binary attribute a sigmoid, a categorical one a
    /// softmax over its declared values or band labels. Throws naming an attribute that is not declared or
    /// whose values are open.
    /// </summary>
    public static AttributeHeads FromConfig(DataConfig config, IReadOnlyList<string>? names = null)
    {
        var declared = config.Dataset.Attributes.ToDictionary(a => a.Name, StringComparer.Ordinal);
        var chosen = names is { Count: > 0 } ? names : DefaultNames(config);
        return new AttributeHeads(chosen.Select(name =>
        {
            if (name == SubgroupSpec.DiagnosisAttribute)
                return new AttributeHead(name, AttributeKind.Categorical, config.Dataset.KeptDiagnoses.ToList());
            if (!declared.TryGetValue(name, out var attribute))
                throw new ArgumentException($"'{name}' is not a declared attribute (declared: {string.Join(", ", declared.Keys)})");
            if (attribute.Kind == AttributeKind.Binary)
                return new AttributeHead(name, AttributeKind.Binary, AttributeHead.BinaryValues);
            var values = ClosedValues(attribute);
            if (values.Count == 0)
                throw new ArgumentException($"'{name}' has no closed set of values (declare 'values' or 'bands'), so it cannot have a classifier head");
            return new AttributeHead(name, AttributeKind.Categorical, values);
        }));
    }

    /// <summary>The label vector of <paramref name="row"/>: a class index per head, <see cref="Unknown"/> where the value is unknown.</summary>
    public int[] Encode(ManifestRow row) =>
        heads.Select(head => row.ValueOf(head.Name) is { } value ? Checked(head, value, row) : Unknown).ToArray();

    /// <summary>The label vector of a prompt's target: a class index per constrained head, <see cref="Unknown"/> elsewhere.</summary>
    public int[] Encode(IReadOnlyDictionary<string, string> valuesByHead)
    {
        var labels = Enumerable.Repeat(Unknown, heads.Count).ToArray();
        foreach (var (name, value) in valuesByHead)
        {
            int h = IndexOf(name);
            labels[h] = heads[h].ClassOf(value);
        }
        return labels;
    }

    public IEnumerator<AttributeHead> GetEnumerator() => heads.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int Checked(AttributeHead head, string value, ManifestRow row)
    {
        try
        {
            return head.ClassOf(value);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"sample '{row.SampleId}': {e.Message}", e);
        }
    }

    private static IReadOnlyList<string> ClosedValues(AttributeConfig attribute) =>
        attribute.Bands.Count > 0 ? AttributeValueParser.BandLabels(attribute.Bands) : attribute.Values;
}
