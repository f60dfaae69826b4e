namespace RL4Med.Augment.Classification.Manifest;

/// <summary>One image for the disease classifiers: the row type of <see cref="ManifestDataViews"/> (property names are the column names).</summary>
public sealed class ClassifierImageRow
{
    /// <summary>Absolute path of the image file.</summary>
    public string ImagePath { get; set; } = "";

    /// <summary>The diagnosis, e.g. <c>mel</c> (text: key it with <c>MapValueToKey</c>).</summary>
    public string Label { get; set; } = "";

    /// <summary>The manifest's sample id.</summary>
    public string SampleId { get; set; } = "";

    /// <summary>The subgroup the caller assigned the row to, e.g. <c>mel|dark_corner=1</c>, for per-subgroup metrics.</summary>
    public string Group { get; set; } = "";

    /// <summary>Lesion (or patient) id: images of one lesion share a split.</summary>
    public string GroupId { get; set; } = "";

    /// <summary>Whether a generator made the image (only ever in the training split).</summary>
    public bool IsSynthetic { get; set; }
}
