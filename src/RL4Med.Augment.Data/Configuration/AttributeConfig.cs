namespace RL4Med.Augment.Data.Configuration;

/// <summary>Whether an attribute is a yes/no flag or one value of a list.</summary>
public enum AttributeKind
{
    /// <summary>A yes/no flag such as an artifact (hair, ruler, ink).</summary>
    Binary,

    /// <summary>One value from a declared list (sex, age band, body site, skin type).</summary>
    Categorical,
}

/// <summary>One attribute of the images, read from a source column.</summary>
public sealed class AttributeConfig
{
    /// <summary>Name in the manifest, subgroup specs and prompts (e.g. <c>hair</c>, <c>age_band</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary><c>binary</c> or <c>categorical</c>.</summary>
    public AttributeKind Kind { get; set; } = AttributeKind.Binary;

    /// <summary>Source column; defaults to <see cref="Name"/>. Looked up in the metadata CSV first, then in the annotations CSV.</summary>
    public string? Column { get; set; }

    /// <summary>Allowed values of a categorical attribute, in display order. Empty: any value is accepted.</summary>
    public List<string> Values { get; set; } = new();

    /// <summary>Source values that mean "unknown" (compared case-insensitively); the empty cell always does.</summary>
    public List<string> Unknown { get; set; } = new() { "unknown" };

    /// <summary>For a numeric source column: upper bounds (exclusive) of the bands, e.g. <c>[30, 45, 60, 75]</c>
    /// gives bands <c>&lt;30, 30-44, 45-59, 60-74, 75+</c>. Empty: the value is taken as it is.</summary>
    public List<double> Bands { get; set; } = new();

    /// <summary>Words a prompt uses for this attribute. For a binary flag: the artifact's name in
    /// "showing hair, ruler" (default: the name with underscores as spaces). For a categorical one, a
    /// template with <c>{value}</c>, e.g. <c>"on {value} skin"</c>; empty leaves it out of prompts.</summary>
    public string? Prompt { get; set; }

    /// <summary>The source column to read.</summary>
    public string SourceColumn => string.IsNullOrEmpty(Column) ? Name : Column;
}
