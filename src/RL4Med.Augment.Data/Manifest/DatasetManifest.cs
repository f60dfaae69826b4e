namespace RL4Med.Augment.Data.Manifest;

/// <summary>
/// The rows of a manifest file and where it lives (image paths are relative to its folder).
/// Validation and test rows are always real: <see cref="ManifestCsv.Read"/> refuses a file where they are not,
/// and <see cref="Split"/> checks again, so no code path can evaluate on synthetic images.
/// </summary>
public sealed class DatasetManifest
{
    public DatasetManifest(string path, IReadOnlyList<string> attributeNames, IReadOnlyList<ManifestRow> rows)
    {
        Path = System.IO.Path.GetFullPath(path);
        AttributeNames = attributeNames;
        Rows = rows;
    }

    /// <summary>Absolute path of the manifest file.</summary>
    public string Path { get; }

    /// <summary>The folder image paths are relative to.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>Attribute columns, in file order.</summary>
    public IReadOnlyList<string> AttributeNames { get; }

    public IReadOnlyList<ManifestRow> Rows { get; }

    /// <summary>Absolute path of a row's image.</summary>
    public string ImageFile(ManifestRow row) => System.IO.Path.GetFullPath(row.ImagePath, Folder);

    /// <summary>The rows of one split; validation and test never contain synthetic rows.</summary>
    public IReadOnlyList<ManifestRow> Split(string split)
    {
        if (!SplitNames.All.Contains(split)) throw new ArgumentException($"'{split}' is not a split ({string.Join(", ", SplitNames.All)})");
        var rows = Rows.Where(r => r.Split == split).ToList();
        if (split != SplitNames.Train && rows.FirstOrDefault(r => r.IsSynthetic) is { } synthetic)
            throw new InvalidOperationException($"synthetic sample '{synthetic.SampleId}' is in the {split} split; only real images may be evaluated on");
        return rows;
    }
}
