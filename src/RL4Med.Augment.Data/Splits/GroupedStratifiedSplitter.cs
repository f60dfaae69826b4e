using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;

namespace RL4Med.Augment.Data.Splits;

/// <summary>
/// Assigns whole groups (lesions or patients) to train, validation and test, stratified by diagnosis and
/// deterministic from the seed. Several photos of one lesion never straddle splits, which would inflate
/// test accuracy with near-duplicates.
/// </summary>
public static class GroupedStratifiedSplitter
{
    /// <summary>One item to split: its group and its diagnosis (the stratum).</summary>
    public readonly record struct Item(string GroupId, string Diagnosis);

    /// <summary>The split of each item, in input order.</summary>
    /// <exception cref="SplitException">A diagnosis would have no image in a split that needs one.</exception>
    public static string[] Assign(IReadOnlyList<Item> items, SplitConfig fractions, int seed)
    {
        double[] shares = { fractions.Train, fractions.Validation, fractions.Test };
        var groupSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupStratum = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            groupSizes[item.GroupId] = groupSizes.GetValueOrDefault(item.GroupId) + 1;
            // A group's stratum is the diagnosis of its first image (lesion ids carry one diagnosis in practice).
            groupStratum.TryAdd(item.GroupId, item.Diagnosis);
        }

        var splitOfGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stratum in groupStratum.GroupBy(g => g.Value, g => g.Key).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var groups = stratum.OrderBy(g => g, StringComparer.Ordinal).ToList();
            Shuffle(groups, new Random(StableHash.Seed(seed, stratum.Key)));
            int total = groups.Sum(g => groupSizes[g]);
            var assigned = new double[3];
            foreach (string group in groups)
            {
                // Give the group to the split that is furthest below its target share of images.
                int best = 0;
                double bestDeficit = double.NegativeInfinity;
                for (int s = 0; s < 3; s++)
                {
                    if (shares[s] <= 0) continue;
                    double deficit = (shares[s] * total - assigned[s]) / shares[s];
                    if (deficit > bestDeficit) (best, bestDeficit) = (s, deficit);
                }
                assigned[best] += groupSizes[group];
                splitOfGroup[group] = best;
            }
            for (int s = 0; s < 3; s++)
                if (shares[s] > 0 && assigned[s] == 0)
                    throw new SplitException(
                        $"diagnosis '{stratum.Key}' has no image in the {SplitNames.All[s]} split: only {groups.Count} lesion(s) in all. " +
                        "Add images of it, drop it from dataset.keep, or change the split fractions.");
        }
        return items.Select(i => SplitNames.All[splitOfGroup[i.GroupId]]).ToArray();
    }

    private static void Shuffle<T>(IList<T> list, Random random)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}

/// <summary>The data cannot be split as configured.</summary>
public sealed class SplitException(string message) : Exception(message);
