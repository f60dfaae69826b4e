using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;

namespace RL4Med.Augment.Data.Subgroups;

/// <summary>
/// Which attributes make a subgroup, parsed from text such as <c>"diagnosis x hair x ink"</c>.
/// A row's subgroup key lists its value of each, e.g. <c>diagnosis=mel, hair=1, ink=0</c>.
/// </summary>
public sealed class SubgroupSpec
{
    /// <summary>The pseudo-attribute that stands for the diagnosis.</summary>
    public const string DiagnosisAttribute = "diagnosis";

    /// <summary>The value written for an unknown attribute in a key.</summary>
    public const string UnknownValue = "?";

    private readonly IReadOnlyList<AttributeConfig?> declared;

    private SubgroupSpec(IReadOnlyList<string> attributes, IReadOnlyList<AttributeConfig?> declared)
    {
        Attributes = attributes;
        this.declared = declared;
    }

    /// <summary>The attributes, in the order written.</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>Parses <paramref name="text"/>; names must be <c>diagnosis</c> or declared attributes.</summary>
    public static SubgroupSpec Parse(string text, IEnumerable<AttributeConfig> declared)
    {
        var byName = declared.ToDictionary(a => a.Name);
        var known = new HashSet<string>(byName.Keys) { DiagnosisAttribute };
        string[] names = text.Split(new[] { " x ", "×", "*" }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new ArgumentException("a subgroup spec names at least one attribute, e.g. \"diagnosis x hair\"");
        foreach (string name in names)
            if (!known.Contains(name))
                throw new ArgumentException($"'{name}' is not an attribute (known: {string.Join(", ", known.Order())})");
        if (names.Distinct().Count() != names.Length) throw new ArgumentException($"'{text}' names an attribute twice");
        return new SubgroupSpec(names, names.Select(n => byName.GetValueOrDefault(n)).ToList());
    }

    /// <summary>
    /// Every fully known subgroup that can exist, when each attribute has a closed set of values (diagnoses,
    /// flags, declared values or age bands); empty when one is open (e.g. body site without a value list).
    /// Subgroups that have no image at all are the rarest of all, so tables list them too.
    /// </summary>
    public IReadOnlyList<SubgroupKey> PossibleKeys(IReadOnlyList<string> diagnoses)
    {
        var domains = new List<IReadOnlyList<string>>();
        foreach (var attribute in declared)
        {
            IReadOnlyList<string> values = attribute switch
            {
                null => diagnoses,
                { Kind: AttributeKind.Binary } => new[] { "0", "1" },
                { Bands.Count: > 0 } => Importers.AttributeValueParser.BandLabels(attribute.Bands),
                _ => attribute.Values,
            };
            if (values.Count == 0) return Array.Empty<SubgroupKey>();
            domains.Add(values);
        }
        IEnumerable<IEnumerable<string>> product = new[] { Enumerable.Empty<string>() };
        foreach (var domain in domains)
            product = product.SelectMany(prefix => domain.Select(value => prefix.Append(value)));
        return product.Select(values => new SubgroupKey(
            Attributes.Zip(values, (a, v) => new KeyValuePair<string, string>(a, v)).ToArray())).ToList();
    }

    /// <summary>The subgroup of <paramref name="row"/>.</summary>
    public SubgroupKey KeyOf(ManifestRow row) =>
        new(Attributes.Select(a => new KeyValuePair<string, string>(a, row.ValueOf(a) ?? UnknownValue)).ToArray());

    /// <inheritdoc />
    public override string ToString() => string.Join(" x ", Attributes);
}
