using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Data.Tests.Subgroups;

public class QuotaPlannerTests
{
    private static readonly AttributeConfig[] Declared = { new() { Name = "hair" }, new() { Name = "ink" } };

    /// <summary>nv/no ink 200, mel/no ink 60, mel/ink 5, nv/ink 12, and no image of bkl at all.</summary>
    private static SubgroupCounts Counts(int minTrain, double fraction)
    {
        var rows = new List<ManifestRow>();
        void Add(string dx, string ink, int n) => rows.AddRange(Enumerable.Range(0, n).Select(_ => SubgroupTests.Row(dx, "0", ink, SplitNames.Train)));
        Add("nv", "0", 200);
        Add("mel", "0", 60);
        Add("mel", "1", 5);
        Add("nv", "1", 12);
        var spec = SubgroupSpec.Parse("diagnosis x ink", Declared);
        return SubgroupCounts.Count(rows, spec, new UnderRepresentationRule(minTrain, fraction), spec.PossibleKeys(new[] { "bkl", "mel", "nv" }));
    }

    [Fact]
    public void BringsEachUnderRepresentedSubgroupUpToTheRulesThreshold()
    {
        var plan = QuotaPlanner.Plan(Counts(minTrain: 20, fraction: 0.25), new QuotaConfig());
        // Target = max(20, 0.25 * 200) = 50.
        var byKey = plan.ToDictionary(q => q.Key.Text);
        Assert.Equal(new[] { "diagnosis=bkl, ink=0", "diagnosis=bkl, ink=1", "diagnosis=mel, ink=1", "diagnosis=nv, ink=1" }, byKey.Keys.Order());
        Assert.Equal((5, 50, 45), (byKey["diagnosis=mel, ink=1"].RealTrain, byKey["diagnosis=mel, ink=1"].Target, byKey["diagnosis=mel, ink=1"].Add));
        Assert.Equal(38, byKey["diagnosis=nv, ink=1"].Add);
        Assert.Equal(50, byKey["diagnosis=bkl, ink=1"].Add);
        Assert.False(byKey["diagnosis=bkl, ink=1"].CanOversample);
    }

    [Fact]
    public void CapsPerSubgroupAndInTotalWithProportionalShares()
    {
        var perSubgroup = QuotaPlanner.Plan(Counts(20, 0.25), new QuotaConfig { MaxPerSubgroup = 40 });
        Assert.Equal(new[] { 40, 40, 40, 38 }, perSubgroup.OrderBy(q => q.Key).Select(q => q.Add));

        // Wanted 50 + 50 + 45 + 38 = 183; a total of 61 leaves a third each: 16.67, 16.67, 15, 12.67 -> 17, 17, 15, 12.
        var total = QuotaPlanner.Plan(Counts(20, 0.25), new QuotaConfig { MaxTotal = 61 });
        Assert.Equal(61, total.Sum(q => q.Add));
        Assert.Equal(new[] { 17, 17, 15, 12 }, total.OrderBy(q => q.Key).Select(q => q.Add));
    }

    [Fact]
    public void ExplicitTargetOverridesTheRule()
    {
        var plan = QuotaPlanner.Plan(Counts(20, 0), new QuotaConfig { TargetCount = 30 });
        Assert.All(plan, q => Assert.Equal(30 - q.RealTrain, q.Add));
    }
}
