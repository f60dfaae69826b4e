using RL4Med.Augment.Data.Randomness;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Splits;
using RL4Med.Augment.Data.Subgroups;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;

namespace RL4Med.Augment.Runs.Arms;

/// <summary>
/// The training rows of each arm. Every arm starts from the same real training images; the oversampling
/// baseline repeats real images of the under-represented subgroups as many times as the generator arms add
/// synthetic ones (the same quota plan), so arms differ in what they add, not in how much. The oversampling draw follows
/// the classifier seed (<paramref name="seed"/>; the configured one when null).
/// </summary>
public sealed class ArmTrainingSets(RunConfig config, RunLayout layout, DatasetManifest manifest, ClassifierSeed? seed = null)
{
    /// <summary>The generator whose synthetic manifest an augmented arm reads.</summary>
    public static string? GeneratorOf(string arm) => arm switch
    {
        ArmNames.PretrainedAugmented => GeneratorNames.Pretrained,
        ArmNames.DdpoAugmented => GeneratorNames.Ddpo,
        _ => null,
    };

    /// <summary>The manifest an arm's training rows come from (the real manifest, or a synthetic one beside it).</summary>
    public (DatasetManifest Manifest, IReadOnlyList<ManifestRow> Rows) For(string arm)
    {
        var real = manifest.Split(SplitNames.Train).Where(r => !r.IsSynthetic).ToList();
        switch (arm)
        {
            case ArmNames.RealOnly:
                return (manifest, real);
            case ArmNames.Oversampling:
                return (manifest, real.Concat(Oversample(real)).ToList());
            default:
                string generator = GeneratorOf(arm) ?? throw new ArgumentException($"'{arm}' is not an arm ({string.Join(", ", ArmNames.All)})");
                string path = layout.SyntheticManifest(generator);
                if (!File.Exists(path)) throw new WorkflowStateException($"arm {arm} needs the {generator} generator's synthetic images: run augment first", path);
                var synthetic = ManifestCsv.Read(path);
                // Synthetic manifests list real training rows too (with paths relative to themselves), so one manifest serves.
                return (synthetic, synthetic.Split(SplitNames.Train));
        }
    }

    /// <summary>Repeats, per under-represented subgroup, its real images drawn with replacement (seeded).</summary>
    private IEnumerable<ManifestRow> Oversample(IReadOnlyList<ManifestRow> real)
    {
        var counts = Data.Preparation.DatasetPreparer.CountSubgroups(manifest, config);
        var byKey = real.GroupBy(r => counts.Spec.KeyOf(r)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var quota in QuotaPlanner.Plan(counts, config.Subgroups.Quota).Where(q => q.CanOversample))
        {
            var pool = byKey[quota.Key];
            var random = DerivedSeed.Random(seed?.RunSeed ?? config.Seed, SeedStream.Oversampling, DerivedSeed.Name(quota.Key.Text));
            for (int i = 0; i < quota.Add; i++)
            {
                var row = pool[random.Next(pool.Count)];
                yield return new ManifestRow
                {
                    SampleId = $"{row.SampleId}#{i + 1}",
                    ImagePath = row.ImagePath,
                    GroupId = row.GroupId,
                    Diagnosis = row.Diagnosis,
                    Attributes = row.Attributes,
                    Split = row.Split,
                };
            }
        }
    }
}
