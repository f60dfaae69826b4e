namespace RL4Med.Augment.Data.Subgroups;

/// <summary>One subgroup: a value for each attribute of a <see cref="SubgroupSpec"/>.</summary>
public sealed class SubgroupKey : IEquatable<SubgroupKey>, IComparable<SubgroupKey>
{
    public SubgroupKey(IReadOnlyList<KeyValuePair<string, string>> values)
    {
        Values = values;
        Text = string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"));
    }

    /// <summary>Attribute name and value pairs, in spec order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values { get; }

    /// <summary>The key as written in tables and files: <c>diagnosis=mel, hair=1, ink=0</c>.</summary>
    public string Text { get; }

    /// <summary>Whether every attribute is known; only such subgroups can be asked of a generator.</summary>
    public bool IsFullyKnown => Values.All(v => v.Value != SubgroupSpec.UnknownValue);

    /// <summary>The value of <paramref name="attribute"/> in this key.</summary>
    public string this[string attribute] => Values.First(v => v.Key == attribute).Value;

    /// <summary>Parses the <see cref="Text"/> form back.</summary>
    public static SubgroupKey Parse(string text) =>
        new(text.Split(", ").Select(part =>
        {
            int eq = part.IndexOf('=');
            if (eq <= 0) throw new FormatException($"'{text}' is not a subgroup key (expected name=value, ...)");
            return new KeyValuePair<string, string>(part[..eq], part[(eq + 1)..]);
        }).ToArray());

    public bool Equals(SubgroupKey? other) => other != null && Text == other.Text;

    public override bool Equals(object? obj) => Equals(obj as SubgroupKey);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public int CompareTo(SubgroupKey? other) => string.CompareOrdinal(Text, other?.Text);

    public override string ToString() => Text;
}
