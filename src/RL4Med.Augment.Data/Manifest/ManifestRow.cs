namespace RL4Med.Augment.Data.Manifest;

/// <summary>
/// One image of a dataset manifest, real or synthetic. Attribute values are strings: binary flags are
/// <c>"1"</c> or <c>"0"</c>; <c>null</c> means unknown, which is not the same as absent.
/// </summary>
public sealed class ManifestRow
{
    /// <summary>Unique id of the sample (for real images, the source image id).</summary>
    public required string SampleId { get; init; }

    /// <summary>Image file, relative to the manifest's folder (forward slashes).</summary>
    public required string ImagePath { get; init; }

    /// <summary>Lesion or patient id: images of one group always share a split.</summary>
    public required string GroupId { get; init; }

    /// <summary>Diagnosis code, e.g. <c>mel</c>.</summary>
    public required string Diagnosis { get; init; }

    /// <summary>Attribute values by attribute name; <c>null</c> = unknown.</summary>
    public required IReadOnlyDictionary<string, string?> Attributes { get; init; }

    /// <summary><c>train</c>, <c>validation</c> or <c>test</c>; empty before splitting.</summary>
    public string Split { get; init; } = "";

    /// <summary>Whether a generator made this image. Synthetic rows only ever belong to the training split.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>Provenance of a synthetic image; <c>null</c> for real ones.</summary>
    public SyntheticProvenance? Provenance { get; init; }

    /// <summary>The value of <paramref name="attribute"/>, where <c>diagnosis</c> names the diagnosis.</summary>
    public string? ValueOf(string attribute) =>
        attribute == Subgroups.SubgroupSpec.DiagnosisAttribute ? Diagnosis
        : Attributes.TryGetValue(attribute, out string? value) ? value
        : throw new KeyNotFoundException($"the manifest has no attribute '{attribute}'");
}

/// <summary>How a synthetic image was made, so that any synthetic image can be traced and remade.</summary>
public sealed record SyntheticProvenance(
    string GeneratorHash,
    string Prompt,
    long Seed,
    double Guidance,
    int Steps,
    double Eta,
    double? RewardScore);
