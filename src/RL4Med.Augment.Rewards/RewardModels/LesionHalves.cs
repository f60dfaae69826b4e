using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Splits;

namespace RL4Med.Augment.Rewards.RewardModels;

/// <summary>
/// Training rows divided into two halves by lesion (group id), stratified by diagnosis and deterministic from a seed:
/// the reward model learns from one half, the evaluator from the other, so the evaluator has never seen the images
/// (nor other photos of the lesions) that taught the reward model, and cannot share its blind spots by memory.
/// </summary>
/// <param name="First">Row indices of the first half, in input order.</param>
/// <param name="Second">Row indices of the second half, in input order.</param>
public sealed record LesionHalves(IReadOnlyList<int> First, IReadOnlyList<int> Second)
{
    /// <summary>
    /// Splits <paramref name="rows"/>: per diagnosis (of a lesion's first image), lesions in a seeded random order each
    /// go to the half with fewer images so far, so both halves get about half of every diagnosis.
    /// </summary>
    public static LesionHalves Split(IReadOnlyList<ManifestRow> rows, int seed)
    {
        var imagesOfGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        var stratumOfGroup = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            imagesOfGroup[row.GroupId] = imagesOfGroup.GetValueOrDefault(row.GroupId) + 1;
            stratumOfGroup.TryAdd(row.GroupId, row.Diagnosis);
        }

        var inFirst = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stratum in stratumOfGroup.GroupBy(g => g.Value, g => g.Key).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var groups = stratum.Order(StringComparer.Ordinal).ToArray();
            // StableHash, not string.GetHashCode: the halves must be the same in every process.
            new Random(StableHash.Seed(seed, stratum.Key)).Shuffle(groups);
            int first = 0, second = 0;
            foreach (string group in groups)
            {
                if (first <= second)
                {
                    inFirst.Add(group);
                    first += imagesOfGroup[group];
                }
                else
                {
                    second += imagesOfGroup[group];
                }
            }
        }
        var indices = Enumerable.Range(0, rows.Count).ToList();
        return new LesionHalves(indices.Where(i => inFirst.Contains(rows[i].GroupId)).ToList(),
            indices.Where(i => !inFirst.Contains(rows[i].GroupId)).ToList());
    }
}
