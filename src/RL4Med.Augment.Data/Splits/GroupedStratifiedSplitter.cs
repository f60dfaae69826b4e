using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Randomness;

namespace RL4Med.Augment.Data.Splits;

/// <summary>
/// The project's one lesion-grouped splitter: divides whole groups (lesions or patients) into parts of given
/// shares of the images, stratified by diagnosis and deterministic from the seed. Several photos of one lesion never
/// straddle parts, which would inflate test accuracy with near-duplicates. prepare-data cuts train, validation and
/// test with it (<see cref="Assign"/>); the reward stage halves the training lesions between the reward model and
/// the evaluator.
/// </summary>
public static class GroupedStratifiedSplitter
{
    /// <summary>Changes when the same items and seed give other parts. 2: seeds from <see cref="DerivedSeed"/>.</summary>
    public const int Version = 2;

    /// <summary>One item to split: its group and its diagnosis (the stratum).</summary>
    public readonly record struct Item(string GroupId, string Diagnosis);

    /// <summary>The split name of each item, in input order.</summary>
    /// <exception cref="SplitException">A diagnosis would have no image in a split that needs one.</exception>
    public static string[] Assign(IReadOnlyList<Item> items, SplitConfig fractions, int seed)
    {
        double[] shares = { fractions.Train, fractions.Validation, fractions.Test };
        int[] parts = Parts(items, shares, seed, SeedStream.DataSplit);
        foreach (var stratum in items.Select((item, index) => (item, index)).GroupBy(x => x.item.Diagnosis).OrderBy(s => s.Key, StringComparer.Ordinal))
            for (int s = 0; s < shares.Length; s++)
                if (shares[s] > 0 && stratum.All(x => parts[x.index] != s))
                    throw new SplitException(
                        $"diagnosis '{stratum.Key}' has no image in the {SplitNames.All[s]} split: only {stratum.Select(x => x.item.GroupId).Distinct().Count()} lesion(s) in all. " +
                        "Add images of it, drop it from dataset.keep, or change the split fractions.");
        return parts.Select(p => SplitNames.All[p]).ToArray();
    }

    /// <summary>
    /// The part (an index into <paramref name="shares"/>) of each item, in input order. Per diagnosis (of a group's
    /// first image), groups in an order drawn from (<paramref name="seed"/>, <paramref name="stream"/>, diagnosis)
    /// each go to the part furthest below its share of that diagnosis's images; ties go to the earlier part.
    /// </summary>
    public static int[] Parts(IReadOnlyList<Item> items, IReadOnlyList<double> shares, int seed, SeedStream stream)
    {
        var groupSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupStratum = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            groupSizes[item.GroupId] = groupSizes.GetValueOrDefault(item.GroupId) + 1;
            // A group's stratum is the diagnosis of its first image (lesion ids carry one diagnosis in practice).
            groupStratum.TryAdd(item.GroupId, item.Diagnosis);
        }

        var partOfGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stratum in groupStratum.GroupBy(g => g.Value, g => g.Key).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var groups = stratum.OrderBy(g => g, StringComparer.Ordinal).ToList();
            Shuffle(groups, DerivedSeed.Random(seed, stream, DerivedSeed.Name(stratum.Key)));
            int total = groups.Sum(g => groupSizes[g]);
            var assigned = new double[shares.Count];
            foreach (string group in groups)
            {
                int best = 0;
                double bestDeficit = double.NegativeInfinity;
                for (int s = 0; s < shares.Count; s++)
                {
                    if (shares[s] <= 0) continue;
                    double deficit = (shares[s] * total - assigned[s]) / shares[s];
                    if (deficit > bestDeficit) (best, bestDeficit) = (s, deficit);
                }
                assigned[best] += groupSizes[group];
                partOfGroup[group] = best;
            }
        }
        return items.Select(i => partOfGroup[i.GroupId]).ToArray();
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
