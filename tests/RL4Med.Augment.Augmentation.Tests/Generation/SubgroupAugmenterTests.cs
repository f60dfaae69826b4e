using RL4Med.Augment.TestSupport;
using System.Security.Cryptography;
using System.Text.Json;
using RL4Med.Augment.Augmentation.Tests.Support;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.Manifest;

namespace RL4Med.Augment.Augmentation.Tests.Generation;

public sealed class SubgroupAugmenterTests : IDisposable
{
    private readonly TemporaryDirectory temp = new();
    private readonly TinyRun run;

    public SubgroupAugmenterTests() => run = TinyRun.Create(temp.Path);

    private string Output(string name) => Path.Combine(temp.Path, "augment", name);

    [Fact]
    public void TheManifestListsRealTrainingRowsAndSyntheticRowsWithProvenance()
    {
        var augmenter = run.Augmenter(Output("single"));

        var result = augmenter.Run();

        var manifest = ManifestCsv.Read(Path.Combine(Output("single"), "synthetic_manifest.csv"));
        var real = run.Manifest.Split(SplitNames.Train);
        var synthetic = manifest.Rows.Where(r => r.IsSynthetic).ToList();
        Assert.Equal(9, result.NewImages);
        Assert.Equal(real.Count + 9, manifest.Rows.Count);
        // Real rows: the training rows only, their images found from the synthetic manifest's own folder.
        Assert.Equal(real.Select(r => r.SampleId), manifest.Rows.Where(r => !r.IsSynthetic).Select(r => r.SampleId));
        Assert.Equal(real.Select(run.Manifest.ImageFile), manifest.Rows.Where(r => !r.IsSynthetic).Select(manifest.ImageFile));
        Assert.Empty(manifest.Split(SplitNames.Validation));
        Assert.Empty(manifest.Split(SplitNames.Test));

        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(run.GeneratorPath)));
        Assert.Equal(augmenter.Plan.Images.Select(i => i.Prompt), synthetic.Select(r => r.Provenance!.Prompt));
        Assert.Equal(augmenter.Plan.Images.Select(i => i.Seed), synthetic.Select(r => r.Provenance!.Seed));
        Assert.All(synthetic, row =>
        {
            Assert.Equal(SplitNames.Train, row.Split);
            Assert.Equal(row.SampleId, row.GroupId);
            Assert.Equal(new SyntheticProvenance(hash, row.Provenance!.Prompt, row.Provenance.Seed, 3, 3, 1.0, null), row.Provenance);
            Assert.Equal("1", row.Attributes["ink"]);
            Assert.Null(row.Attributes["sex"]); // prompts do not state it
            using var image = SafeImageDecoder.Decode(manifest.ImageFile(row), ImageLimits.Default);
            Assert.Equal((16, 16), (image.Width, image.Height));
        });
        Assert.Equal(synthetic.Count, synthetic.Select(r => r.GroupId).Distinct().Count());
        Assert.Equal("images/000004_diagnosis-nv_ink-1.png", synthetic[4].ImagePath);
        Assert.Equal(new[] { ("diagnosis=mel, ink=1", 4), ("diagnosis=nv, ink=1", 5) },
            result.Summary.Subgroups.Select(s => (s.Subgroup, s.Kept)));
    }

    [Fact]
    public void TheManifestReaderRefusesASyntheticRowOutsideTraining()
    {
        run.Augmenter(Output("single")).Run();
        string path = Path.Combine(Output("single"), "synthetic_manifest.csv");
        var lines = File.ReadAllLines(path);
        int row = Array.FindIndex(lines, l => l.StartsWith("synthetic-000000,"));
        lines[row] = lines[row].Replace(",train,1,", ",test,1,");
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<InputDataException>(() => ManifestCsv.Read(path));

        Assert.Contains("synthetic sample 'synthetic-000000' is in split 'test'", error.Message);
    }

    [Fact]
    public void ARerunAfterAKillMakesOnlyTheMissingImagesAndTheSameManifest()
    {
        var folder = Output("resumed");
        run.Augmenter(folder).Run();
        string manifestPath = Path.Combine(folder, "synthetic_manifest.csv");
        byte[] manifest = File.ReadAllBytes(manifestPath);
        var images = Directory.GetFiles(Path.Combine(folder, "images")).Order().ToList();
        var bytes = images.ToDictionary(f => f, File.ReadAllBytes);
        // The kill: half the images and the manifest (written last) never made it.
        var lost = images.Where((_, i) => i % 2 == 0).ToList();
        foreach (string file in lost) File.Delete(file);
        File.Delete(manifestPath);
        var kept = images.Except(lost).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var result = run.Augmenter(folder).Run();

        Assert.Equal(lost.Count, result.NewImages);
        Assert.All(kept, k => Assert.Equal(k.Value, File.GetLastWriteTimeUtc(k.Key)));
        Assert.All(images, f => Assert.Equal(bytes[f], File.ReadAllBytes(f))); // remade images are the same images
        Assert.Equal(manifest, File.ReadAllBytes(manifestPath));
        Assert.Equal(0, run.Augmenter(folder).Run().NewImages);
        Assert.Equal(manifest, File.ReadAllBytes(manifestPath)); // no duplicated rows
    }

    [Fact]
    public void OtherSettingsRegenerateEveryImage()
    {
        var folder = Output("settings");
        run.Augmenter(folder).Run();
        var options = run.Options(folder);
        options.Guidance = 1;

        var result = new SubgroupAugmenter(options, AugmentationInput.RealTrainingRows(run.Manifest)).Run();

        Assert.Equal(9, result.NewImages);
        Assert.All(result.Manifest.Rows.Where(r => r.IsSynthetic), r => Assert.Equal(1, r.Provenance!.Guidance));
    }

    [Fact]
    public void ACustomLoaderIsUsedAndOnlyWhenImagesAreMissing()
    {
        int loads = 0;
        var options = run.Options(Output("loader"));
        options.LoadGenerator = device =>
        {
            loads++;
            return Diffusion.Checkpoints.TrainedGenerator.Load(run.GeneratorPath, device);
        };
        var rows = AugmentationInput.RealTrainingRows(run.Manifest);

        new SubgroupAugmenter(options, rows).Run();
        var rerun = new SubgroupAugmenter(options, rows).Run();

        Assert.Equal(1, loads);
        Assert.Equal((0, 9), (rerun.NewImages, rerun.Summary.Kept));
    }

    [Fact]
    public void ShardsMergedEqualASingleRunByteForByte()
    {
        var scorer = new MeanBrightnessScorer();
        var single = run.Augmenter(Output("single"), scorer, threshold: -2);
        single.Run();
        var sharded = run.Augmenter(Output("sharded"), scorer, threshold: -2);

        // Separate augmenters, as separate processes or machines would have.
        run.Augmenter(Output("sharded")).Shard(1, 2);
        run.Augmenter(Output("sharded")).Shard(0, 2);
        sharded.Merge(2);

        AssertSameFiles(Output("single"), Output("sharded"));
    }

    [Fact]
    public void MergeNamesAnIncompleteShard()
    {
        var augmenter = run.Augmenter(Output("sharded"));
        augmenter.Shard(0, 2);
        augmenter.Shard(1, 2);
        File.Delete(Directory.GetFiles(Path.Combine(Output("sharded"), "shards", "1-of-2", "images"))[0]);

        var error = Assert.Throws<WorkflowStateException>(() => augmenter.Merge(2));

        Assert.EndsWith("1-of-2: incomplete (1 of 4 images missing): generate shard 1 of 2 again", error.Message);
        Assert.False(File.Exists(Path.Combine(Output("sharded"), "synthetic_manifest.csv")));
    }

    [Fact]
    public void TheRewardFilterDropsLowScoresAndCountsThemPerSubgroup()
    {
        var scores = run.Augmenter(Output("scored"), new MeanBrightnessScorer()).Run()
            .Manifest.Rows.Where(r => r.IsSynthetic).ToDictionary(r => r.SampleId, r => r.Provenance!.RewardScore!.Value);
        double threshold = scores.Values.Order().ElementAt(4);

        var result = run.Augmenter(Output("filtered"), new MeanBrightnessScorer(), threshold).Run();

        var manifest = ManifestCsv.Read(Path.Combine(Output("filtered"), "synthetic_manifest.csv"));
        var keptIds = manifest.Rows.Where(r => r.IsSynthetic).Select(r => r.SampleId).ToList();
        Assert.Equal(scores.Where(s => s.Value >= threshold).Select(s => s.Key).Order(), keptIds.Order());
        Assert.Equal(5, keptIds.Count);
        // The score is the mean of the stored PNG's pixels.
        var first = manifest.Rows.First(r => r.IsSynthetic);
        Assert.Equal(ImagePixels.LoadChw(manifest.ImageFile(first), ImageLimits.Default).Average(), first.Provenance!.RewardScore!.Value, 5);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output("filtered"), "augment_summary.json")));
        var subgroups = summary.RootElement.GetProperty("subgroups").EnumerateArray().ToList();
        Assert.Equal(new[] { 4, 5 }, subgroups.Select(s => s.GetProperty("planned").GetInt32()));
        Assert.Equal(new[] { 4, 5 }, subgroups.Select(s => s.GetProperty("generated").GetInt32()));
        var subgroupOf = run.Augmenter(Output("filtered")).Plan.Images.ToDictionary(i => i.SampleId, i => i.Key.Text);
        for (int i = 0; i < 2; i++)
        {
            var outcome = result.Summary.Subgroups[i];
            int dropped = scores.Count(s => s.Value < threshold && subgroupOf[s.Key] == outcome.Subgroup);
            Assert.Equal(dropped, subgroups[i].GetProperty("dropped").GetInt32());
            Assert.Equal(outcome.Planned - dropped, subgroups[i].GetProperty("kept").GetInt32());
        }
        Assert.Equal(4, summary.RootElement.GetProperty("dropped").GetInt32());
        Assert.Equal("mean-brightness", summary.RootElement.GetProperty("settings").GetProperty("rewardScorer").GetString());
        Assert.Equal(result.Summary.GeneratorHash, summary.RootElement.GetProperty("generatorHash").GetString());
    }

    /// <summary>The manifest, the summary and every image are the same bytes in both folders.</summary>
    internal static void AssertSameFiles(string expectedFolder, string actualFolder)
    {
        foreach (string name in new[] { "synthetic_manifest.csv", "augment_summary.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(expectedFolder, name)), File.ReadAllBytes(Path.Combine(actualFolder, name)));
        var expected = Directory.GetFiles(Path.Combine(expectedFolder, "images")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(expected, Directory.GetFiles(Path.Combine(actualFolder, "images")).Select(Path.GetFileName).Order());
        Assert.All(expected, name => Assert.Equal(
            File.ReadAllBytes(Path.Combine(expectedFolder, "images", name!)), File.ReadAllBytes(Path.Combine(actualFolder, "images", name!))));
    }

    public void Dispose() => temp.Dispose();
}
