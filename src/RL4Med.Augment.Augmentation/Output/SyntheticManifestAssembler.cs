using System.Text.Json;
using RL4Med.Augment.Augmentation.Generation;
using RL4Med.Augment.Augmentation.Planning;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Manifest;
using TorchSharp;

namespace RL4Med.Augment.Augmentation.Output;

/// <summary>
/// Finishes an augmentation folder whose images are all on disk: scores them (optional), drops those under the
/// threshold, writes <c>augment_summary.json</c> and then, last, <c>synthetic_manifest.csv</c>. Scoring reads the
/// stored PNGs in plan order, in batches of the configured size, so the scores (and so the manifest) are the same
/// whether the images came from one run, a resumed run or merged shards.
/// </summary>
internal sealed class SyntheticManifestAssembler(AugmentSubgroupsEstimator.Options options)
{
    /// <summary>Writes the summary and manifest of <paramref name="folder"/> and returns them.</summary>
    public AugmentationResult Assemble(AugmentationFolder folder, AugmentationPlan plan, IReadOnlyList<ManifestRow> realTrainingRows,
        string generatorHash, int newImages)
    {
        double?[] scores = Score(folder, plan.Images);
        bool[] kept = scores.Select(score => options.RewardThreshold is not { } threshold || score >= threshold).ToArray();
        var attributeNames = options.Dataset.Attributes.Select(a => a.Name).ToList();
        var rows = realTrainingRows.Select(row => RealRow(row, folder))
            .Concat(plan.Images.Where(image => kept[image.Index])
                .Select(image => SyntheticRow(image, attributeNames, generatorHash, scores[image.Index])))
            .ToList();
        if (rows.GroupBy(r => r.SampleId).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw new InputDataException($"sample id '{clash.Key}' of a real training row is also a synthetic sample id");

        var summary = Summarize(plan, kept, generatorHash);
        AtomicFile.WriteAllText(folder.Summary, JsonSerializer.Serialize(summary, JsonFormats.Readable));
        var manifest = new DatasetManifest(folder.Manifest, attributeNames, rows);
        ManifestCsv.Write(manifest); // last: a manifest on disk means the folder is complete
        return new AugmentationResult(manifest, summary, newImages);
    }

    // Scores are indexed like the plan's images (image i has index i).
    private double?[] Score(AugmentationFolder folder, IReadOnlyList<PlannedImage> images)
    {
        var scores = new double?[images.Count];
        if (options.RewardScorer is not { } scorer) return scores;
        using var noGrad = torch.no_grad();
        foreach (var batch in images.Chunk(options.BatchSize))
        {
            using var scope = torch.NewDisposeScope();
            var pixels = batch.Select(image => ImagePixels.LoadChw(folder.ImageFile(image), ImageLimits.Default)).ToList();
            long size = (long)Math.Round(Math.Sqrt(pixels[0].Length / 3.0));
            var tensor = torch.tensor(pixels.SelectMany(p => p).ToArray(), new[] { batch.Length, 3, size, size });
            float[] batchScores = scorer.Score(tensor, batch.Select(image => image.Spec).ToList());
            if (batchScores.Length != batch.Length)
                throw new InvalidOperationException($"reward scorer '{scorer.Name}' gave {batchScores.Length} scores for {batch.Length} images");
            for (int i = 0; i < batch.Length; i++) scores[batch[i].Index] = batchScores[i];
        }
        return scores;
    }

    // Real rows keep everything but the image path, which becomes relative to the synthetic manifest's own folder.
    private static ManifestRow RealRow(ManifestRow row, AugmentationFolder folder) => new()
    {
        SampleId = row.SampleId,
        ImagePath = Path.GetRelativePath(folder.Root, row.ImagePath).Replace('\\', '/'),
        GroupId = row.GroupId,
        Diagnosis = row.Diagnosis,
        Attributes = row.Attributes,
        Split = SplitNames.Train,
    };

    // A synthetic row states what its prompt asked for; attributes the prompt did not state are unknown.
    private ManifestRow SyntheticRow(PlannedImage image, IReadOnlyList<string> attributeNames, string generatorHash, double? score) => new()
    {
        SampleId = image.SampleId,
        ImagePath = image.RelativePath,
        GroupId = image.SampleId,
        Diagnosis = image.Spec.Diagnosis,
        Attributes = attributeNames.ToDictionary(name => name, name => image.Spec.Attributes.GetValueOrDefault(name)),
        Split = SplitNames.Train,
        IsSynthetic = true,
        Provenance = new SyntheticProvenance(generatorHash, image.Prompt, image.Seed, options.Guidance, options.Steps, options.Eta, score),
    };

    private AugmentationSummary Summarize(AugmentationPlan plan, bool[] kept, string generatorHash)
    {
        var settings = new AugmentationSettings(plan.Counts.Spec.ToString(), plan.MasterSeed, options.Guidance, options.Steps, options.Eta,
            options.BatchSize, options.RewardScorer?.Name, options.RewardThreshold);
        var subgroups = plan.Subgroups.Select(s =>
        {
            int keptCount = s.Images.Count(image => kept[image.Index]);
            return new SubgroupOutcome(s.Key.Text, s.Quota.RealTrain, s.Quota.Target, s.Quota.Add, s.Images.Count, s.Images.Count - keptCount, keptCount);
        }).ToList();
        return new AugmentationSummary(generatorHash, settings, subgroups);
    }
}
