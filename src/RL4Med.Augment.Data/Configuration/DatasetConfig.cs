namespace RL4Med.Augment.Data.Configuration;

/// <summary>The data source of a run and the attributes its images carry.</summary>
public sealed class DatasetConfig
{
    /// <summary><c>demo</c> (built-in procedural images), <c>ham10000</c> (metadata CSV + images, with optional
    /// ISIC-2019 artifact annotations) or <c>csv</c> (any CSV plus image folder, with a column mapping).</summary>
    public string Source { get; set; } = "demo";

    /// <summary>Settings of the built-in demo dataset (source <c>demo</c>).</summary>
    public DemoDatasetConfig Demo { get; set; } = new();

    /// <summary>Files of a tabular source (<c>ham10000</c> or <c>csv</c>), relative to <c>--data-root</c>.</summary>
    public TabularSourceConfig Files { get; set; } = new();

    /// <summary>Every diagnosis code the source may use, mapped to the words used in prompts
    /// (e.g. <c>"mel": "melanoma"</c>). A code outside this map is an error.</summary>
    public Dictionary<string, string> Diagnoses { get; set; } = new();

    /// <summary>Codes kept for this run, in class order (e.g. <c>["mel", "nv"]</c>); empty keeps all.</summary>
    public List<string> Keep { get; set; } = new();

    /// <summary>Attributes carried into the manifest: artifact flags and categorical patient or image traits.</summary>
    public List<AttributeConfig> Attributes { get; set; } = new();

    /// <summary>The kept diagnosis codes in class order.</summary>
    public IReadOnlyList<string> KeptDiagnoses => Keep.Count > 0 ? Keep : Diagnoses.Keys.ToList();
}

/// <summary>The procedural demo dataset.</summary>
public sealed class DemoDatasetConfig
{
    /// <summary>Number of images to render.</summary>
    public int Images { get; set; } = 3000;

    /// <summary>Side of the rendered square images in pixels.</summary>
    public int RenderSize { get; set; } = 64;

    /// <summary>Folder for the rendered images and their metadata CSV (git-ignored).</summary>
    public string Folder { get; set; } = "data/demo";

    /// <summary>
    /// Share of images with ink markings, whatever the diagnosis. Null: the ISIC-like rate (1.6%, a little more for
    /// melanoma). Set it high to render a test set with enough images of the rare ink subgroups to judge them.
    /// </summary>
    public double? InkRate { get; set; }
}

/// <summary>Where a tabular source's files are and which columns hold the identifiers.</summary>
public sealed class TabularSourceConfig
{
    /// <summary>The metadata CSV (HAM10000: <c>ham10000/HAM10000_metadata.csv</c>).</summary>
    public string Metadata { get; set; } = "";

    /// <summary>Folder of the image files.</summary>
    public string ImageFolder { get; set; } = "";

    /// <summary>Optional annotation CSV joined by image id (ISIC-2019 artifact flags). Images absent from it
    /// get unknown values for the attributes it supplies, not "absent".</summary>
    public string? Annotations { get; set; }

    /// <summary>Column of the annotation CSV holding the image id.</summary>
    public string AnnotationImageColumn { get; set; } = "image";

    /// <summary>Column with the image id; the file is <c>&lt;ImageFolder&gt;/&lt;id&gt;&lt;ImageExtension&gt;</c>
    /// unless <see cref="ImagePathColumn"/> is set.</summary>
    public string ImageIdColumn { get; set; } = "image_id";

    /// <summary>Optional column holding the image path relative to <see cref="ImageFolder"/>.</summary>
    public string? ImagePathColumn { get; set; }

    /// <summary>File extension appended to the image id.</summary>
    public string ImageExtension { get; set; } = ".jpg";

    /// <summary>Column with the lesion or patient id; all splits are made by it.</summary>
    public string GroupColumn { get; set; } = "lesion_id";

    /// <summary>Column with the diagnosis code.</summary>
    public string DiagnosisColumn { get; set; } = "dx";
}
