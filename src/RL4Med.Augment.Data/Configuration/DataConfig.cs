namespace RL4Med.Augment.Data.Configuration;

/// <summary>
/// The data part of a run configuration (<c>pipelines/*.json</c>): the run's name and seed, which data, how it is
/// split and grouped. The whole file, with the later stages' sections, extends it. Paths are relative to the
/// repository root unless said otherwise.
/// </summary>
public class DataConfig
{
    /// <summary>Short name of the run; also the default run folder <c>runs/&lt;name&gt;</c>.</summary>
    public string Name { get; set; } = "run";

    /// <summary>Master seed: the split, the demo data and every later stage derive their seeds from it.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Folder that receives everything this run writes. Default <c>runs/&lt;name&gt;</c>.</summary>
    public string? RunFolder { get; set; }

    /// <summary>Where the images and labels come from and which attributes they carry.</summary>
    public DatasetConfig Dataset { get; set; } = new();

    /// <summary>How images are cropped and resized before any model sees them.</summary>
    public ImageConfig Images { get; set; } = new();

    /// <summary>Train/validation/test fractions (by lesion, stratified by diagnosis).</summary>
    public SplitConfig Split { get; set; } = new();

    /// <summary>Subgroup definition and the rule that calls a subgroup under-represented.</summary>
    public SubgroupConfig Subgroups { get; set; } = new();

    /// <summary>The run folder, resolved against <paramref name="baseDirectory"/>.</summary>
    public string ResolveRunFolder(string baseDirectory) =>
        Path.GetFullPath(RunFolder ?? Path.Combine("runs", Name), baseDirectory);
}

/// <summary>Image preprocessing shared by every model and by ML.NET's image transforms.</summary>
public sealed class ImageConfig
{
    /// <summary>Side of the square images in pixels (32 or 64 for the generator; any size 16..512 is accepted).</summary>
    public int Size { get; set; } = 32;
}

/// <summary>Split fractions; they must add up to 1.</summary>
public sealed class SplitConfig
{
    /// <summary>Share of lesions for training.</summary>
    public double Train { get; set; } = 0.7;

    /// <summary>Share of lesions for validation (early stopping, reward-model checks).</summary>
    public double Validation { get; set; } = 0.15;

    /// <summary>Share of lesions for the final test; never touched by training or augmentation.</summary>
    public double Test { get; set; } = 0.15;
}

/// <summary>Subgroups and under-representation.</summary>
public sealed class SubgroupConfig
{
    /// <summary>
    /// Attributes that make a subgroup, written <c>"diagnosis x hair x ink"</c>. <c>diagnosis</c> is always
    /// available; other names must be declared in <see cref="DatasetConfig.Attributes"/>.
    /// </summary>
    public string By { get; set; } = "diagnosis";

    /// <summary>A subgroup with fewer real training images than this is under-represented.</summary>
    public int MinTrainImages { get; set; } = 50;

    /// <summary>A subgroup with fewer real training images than this fraction of the largest one is under-represented.</summary>
    public double MinFractionOfLargest { get; set; } = 0.0;

    /// <summary>Test subgroups with fewer images than this are marked as too small to judge in reports.</summary>
    public int MinTestImages { get; set; } = 10;

    /// <summary>How many training images to add to each under-represented subgroup (synthetic or oversampled).</summary>
    public QuotaConfig Quota { get; set; } = new();
}

/// <summary>
/// The number of images added to under-represented subgroups. The oversampling baseline and the generator
/// arms add the same numbers, so the comparison is about what is added, not how much.
/// </summary>
public sealed class QuotaConfig
{
    /// <summary>Training images each under-represented subgroup is brought up to; null = the rule's own threshold
    /// (the larger of <c>minTrainImages</c> and <c>minFractionOfLargest</c> of the largest subgroup).</summary>
    public int? TargetCount { get; set; }

    /// <summary>Most images added to one subgroup.</summary>
    public int MaxPerSubgroup { get; set; } = 500;

    /// <summary>Most images added in all; when the plan asks for more, every subgroup's share shrinks alike.</summary>
    public int MaxTotal { get; set; } = 5000;
}
