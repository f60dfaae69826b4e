using RL4Med.Augment.Data.Configuration;

namespace RL4Med.Augment.Data.Subgroups;

/// <summary>Plans how many images each under-represented subgroup gets (see <see cref="QuotaConfig"/>).</summary>
public static class QuotaPlanner
{
    /// <summary>One quota per under-represented subgroup of <paramref name="counts"/>, in the table's order.</summary>
    public static IReadOnlyList<SubgroupQuota> Plan(SubgroupCounts counts, QuotaConfig policy)
    {
        if (policy.MaxPerSubgroup < 0 || policy.MaxTotal < 0) throw new ArgumentException("quota caps must be non-negative");
        int largest = counts.Rows.Count == 0 ? 0 : counts.Rows.Max(r => r.RealTrain);
        int target = policy.TargetCount ?? counts.Rule.TargetCount(largest);
        var wanted = counts.UnderRepresented
            .Select(r => (r.Key, r.RealTrain, Add: Math.Min(Math.Max(target - r.RealTrain, 0), policy.MaxPerSubgroup)))
            .ToList();
        int total = wanted.Sum(w => w.Add);
        if (total <= policy.MaxTotal)
            return wanted.Select(w => new SubgroupQuota(w.Key, w.RealTrain, target, w.Add)).ToList();

        // Shrink every share by the same factor MaxTotal / total, in exact integer arithmetic; the rounding
        // remainder goes to the largest fractional parts (ties by key), so the caps add up exactly.
        var adds = wanted.Select(w => (int)((long)w.Add * policy.MaxTotal / total)).ToArray();
        var fractions = wanted.Select(w => (long)w.Add * policy.MaxTotal % total).ToArray();
        int remainder = policy.MaxTotal - adds.Sum();
        foreach (int i in Enumerable.Range(0, wanted.Count).OrderByDescending(i => fractions[i]).ThenBy(i => wanted[i].Key).Take(remainder))
            adds[i]++;
        return wanted.Select((w, i) => new SubgroupQuota(w.Key, w.RealTrain, target, adds[i])).ToList();
    }
}
