using RL4Med.Augment.Augmentation.Generation;
using RL4Med.Augment.Augmentation.Output;
using RL4Med.Augment.Augmentation.Planning;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Augmentation;

/// <summary>
/// Adds synthetic images to the under-represented subgroups of a training set with one generator: plans them, generates
/// them (resumable, and shardable over processes or machines), filters them and writes the synthetic manifest. The
/// ML.NET estimator (<see cref="AugmentSubgroupsEstimator"/>) and the <c>augment</c> command both run on this.
/// </summary>
public sealed class SubgroupAugmenter
{
    private readonly AugmentSubgroupsEstimator.Options options;

    /// <summary>Plans augmentation of <paramref name="realTrainingRows"/> (real training rows with absolute image paths).</summary>
    public SubgroupAugmenter(AugmentSubgroupsEstimator.Options options, IReadOnlyList<ManifestRow> realTrainingRows)
    {
        options.Validate();
        if (realTrainingRows.FirstOrDefault(r => !Path.IsPathFullyQualified(r.ImagePath)) is { } relative)
            throw new ArgumentException($"sample '{relative.SampleId}': image path '{relative.ImagePath}' must be absolute", nameof(realTrainingRows));
        this.options = options;
        RealTrainingRows = realTrainingRows;
        var spec = SubgroupSpec.Parse(options.Subgroups.By, options.Dataset.Attributes);
        Plan = AugmentationPlan.Create(realTrainingRows, options.Dataset, spec, UnderRepresentationRule.From(options.Subgroups),
            options.Subgroups.Quota, options.Seed);
        Folder = new AugmentationFolder(options.OutputFolder);
    }

    /// <summary>The images to add, per subgroup; fixed before anything is generated.</summary>
    public AugmentationPlan Plan { get; }

    /// <summary>The real training rows, listed first in the synthetic manifest.</summary>
    public IReadOnlyList<ManifestRow> RealTrainingRows { get; }

    /// <summary>The output folder.</summary>
    public AugmentationFolder Folder { get; }

    /// <summary>
    /// Generates every planned image not yet on disk, then scores, filters and writes the summary and the manifest.
    /// After a kill, run it again: whole images are kept and only missing ones are made. Images made with other settings
    /// or another plan are deleted first.
    /// </summary>
    public AugmentationResult Run(IProgress<AugmentationProgress>? progress = null, CancellationToken cancellation = default)
    {
        string generatorHash = FileHash.Of(options.GeneratorPath);
        Record(generatorHash).Claim(Folder);
        if (Plan.Images.Any(image => !File.Exists(Folder.ImageFile(image)))) Folder.ClearOutputs();
        int made = new SyntheticImageGenerator(options).Generate(Folder, Plan.Images, progress, cancellation);
        return Assemble(generatorHash, made);
    }

    /// <summary>
    /// Generates shard <paramref name="shard"/> of <paramref name="shardCount"/>: the images whose index modulo
    /// <paramref name="shardCount"/> is <paramref name="shard"/>, into <c>shards/&lt;shard&gt;-of-&lt;count&gt;/</c>.
    /// Shards can run in parallel, in other processes or on other machines (copy the shard folders back); each is
    /// resumable like <see cref="Run"/>. <see cref="Merge"/> then finishes the folder.
    /// </summary>
    public void Shard(int shard, int shardCount, IProgress<AugmentationProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (shardCount < 1 || shard < 0 || shard >= shardCount)
            throw new ArgumentOutOfRangeException(nameof(shard), $"shard {shard} of {shardCount}: need 0 <= shard < count");
        var folder = Folder.Shard(shard, shardCount);
        Record(FileHash.Of(options.GeneratorPath)).Claim(folder);
        var images = Plan.Images.Where(image => image.Index % shardCount == shard).ToList();
        new SyntheticImageGenerator(options).Generate(folder, images, progress, cancellation);
    }

    /// <summary>
    /// Joins the <paramref name="shardCount"/> finished shards into the output folder and writes its summary and manifest:
    /// the same files, byte for byte, as <see cref="Run"/> on one machine. Throws <see cref="WorkflowStateException"/> naming a
    /// shard folder that is missing, incomplete or made with other settings. The shard folders are left in place.
    /// </summary>
    public AugmentationResult Merge(int shardCount)
    {
        if (shardCount < 1) throw new ArgumentOutOfRangeException(nameof(shardCount), shardCount, "need at least one shard");
        string generatorHash = FileHash.Of(options.GeneratorPath);
        var record = Record(generatorHash);
        var sources = new Dictionary<PlannedImage, string>();
        for (int shard = 0; shard < shardCount; shard++)
        {
            var folder = Folder.Shard(shard, shardCount);
            if (!record.Matches(folder))
                throw new WorkflowStateException($"holds no images of this plan and these settings: generate shard {shard} of {shardCount} first", folder.Root);
            var images = Plan.Images.Where(image => image.Index % shardCount == shard).ToList();
            int missing = images.Count(image => !File.Exists(folder.ImageFile(image)));
            if (missing > 0)
                throw new WorkflowStateException($"incomplete ({missing} of {images.Count} images missing): generate shard {shard} of {shardCount} again", folder.Root);
            foreach (var image in images) sources[image] = folder.ImageFile(image);
        }

        record.Claim(Folder);
        Folder.ClearOutputs();
        foreach (var (image, source) in sources)
        {
            string target = Folder.ImageFile(image);
            if (File.Exists(target)) continue; // a rerun after a kill
            AtomicFile.Write(target, stream =>
            {
                using var input = File.OpenRead(source);
                input.CopyTo(stream);
            });
        }
        return Assemble(generatorHash, newImages: 0);
    }

    private GenerationRecord Record(string generatorHash) =>
        new(generatorHash, options.Guidance, options.Steps, options.Eta, options.BatchSize, Plan.Fingerprint);

    private AugmentationResult Assemble(string generatorHash, int newImages) =>
        new SyntheticManifestAssembler(options).Assemble(Folder, Plan, RealTrainingRows, generatorHash, newImages);
}
