using RL4Med.Augment.Data.Manifest;

namespace RL4Med.Augment.Data.Subgroups;

/// <summary>Image counts of one subgroup: real images per split, synthetic training images, and the verdict.</summary>
public sealed record SubgroupCount(
    SubgroupKey Key,
    int RealTrain,
    int RealValidation,
    int RealTest,
    int SyntheticTrain,
    bool UnderRepresented)
{
    /// <summary>All real images of the subgroup.</summary>
    public int RealTotal => RealTrain + RealValidation + RealTest;
}

/// <summary>The counts table of a manifest under a subgroup spec and an under-representation rule.</summary>
public sealed class SubgroupCounts
{
    private SubgroupCounts(SubgroupSpec spec, UnderRepresentationRule rule, IReadOnlyList<SubgroupCount> rows)
    {
        Spec = spec;
        Rule = rule;
        Rows = rows;
    }

    public SubgroupSpec Spec { get; }

    public UnderRepresentationRule Rule { get; }

    /// <summary>One row per subgroup present in the manifest, largest real training count first.</summary>
    public IReadOnlyList<SubgroupCount> Rows { get; }

    /// <summary>The under-represented subgroups.</summary>
    public IEnumerable<SubgroupCount> UnderRepresented => Rows.Where(r => r.UnderRepresented);

    /// <summary>Counts <paramref name="rows"/>; every key of <paramref name="possibleKeys"/> gets a row, even with no image.</summary>
    public static SubgroupCounts Count(IEnumerable<ManifestRow> rows, SubgroupSpec spec, UnderRepresentationRule rule,
        IEnumerable<SubgroupKey>? possibleKeys = null)
    {
        var tally = (possibleKeys ?? Array.Empty<SubgroupKey>()).ToDictionary(k => k, _ => new int[4]);
        foreach (var row in rows)
        {
            var key = spec.KeyOf(row);
            if (!tally.TryGetValue(key, out int[]? counts)) tally[key] = counts = new int[4];
            int slot = row.IsSynthetic ? 3 : row.Split switch
            {
                SplitNames.Train => 0,
                SplitNames.Validation => 1,
                SplitNames.Test => 2,
                _ => throw new ArgumentException($"row {row.SampleId} has no split; count subgroups after splitting"),
            };
            counts[slot]++;
        }
        int largest = tally.Count == 0 ? 0 : tally.Values.Max(c => c[0]);
        var table = tally
            .Select(p => new SubgroupCount(p.Key, p.Value[0], p.Value[1], p.Value[2], p.Value[3],
                rule.IsUnderRepresented(p.Key, p.Value[0], largest)))
            .OrderByDescending(c => c.RealTrain).ThenBy(c => c.Key)
            .ToList();
        return new SubgroupCounts(spec, rule, table);
    }
}
