using RL4Med.Augment.Augmentation.Planning;

namespace RL4Med.Augment.Augmentation.Generation;

/// <summary>
/// The files of an augmentation output folder (<c>runs/&lt;name&gt;/augment/&lt;generator&gt;/</c>), or of one shard of it:
/// <c>images/&lt;index&gt;_&lt;subgroup&gt;.png</c>, <c>generation.json</c> (what the images were made with),
/// <c>augment_summary.json</c> and <c>synthetic_manifest.csv</c>, the last written last.
/// </summary>
public sealed class AugmentationFolder
{
    /// <summary>File name of the synthetic manifest (as the run layout expects it).</summary>
    public const string ManifestFileName = "synthetic_manifest.csv";

    /// <summary>A folder at <paramref name="root"/> (made absolute).</summary>
    public AugmentationFolder(string root) => Root = Path.GetFullPath(root);

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>The synthetic manifest: real training rows plus the kept synthetic rows; present only when complete.</summary>
    public string Manifest => Path.Combine(Root, ManifestFileName);

    /// <summary>Planned, generated, dropped and kept images per subgroup, and the settings.</summary>
    public string Summary => Path.Combine(Root, "augment_summary.json");

    /// <summary>The record of what the images here were generated with (<see cref="GenerationRecord"/>).</summary>
    public string GenerationRecord => Path.Combine(Root, "generation.json");

    /// <summary>The image folder.</summary>
    public string Images => Path.Combine(Root, "images");

    /// <summary>The absolute path of a planned image here.</summary>
    public string ImageFile(PlannedImage image) => Path.GetFullPath(image.RelativePath, Root);

    /// <summary>The folder of shard <paramref name="shard"/> of <paramref name="shardCount"/>: <c>shards/&lt;k&gt;-of-&lt;n&gt;/</c>.</summary>
    public AugmentationFolder Shard(int shard, int shardCount) => new(Path.Combine(Root, "shards", $"{shard}-of-{shardCount}"));

    /// <summary>Removes the manifest and summary, so that an unfinished folder never looks finished.</summary>
    public void ClearOutputs()
    {
        if (!Directory.Exists(Root)) return;
        File.Delete(Manifest);
        File.Delete(Summary);
    }
}
