using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Data.Tests.Subgroups;

public class SubgroupTests
{
    private static readonly AttributeConfig[] Declared =
    {
        new() { Name = "hair" }, new() { Name = "ink" }, new() { Name = "sex", Kind = AttributeKind.Categorical },
    };

    internal static ManifestRow Row(string dx, string? hair, string? ink, string split, bool synthetic = false) => new()
    {
        SampleId = Guid.NewGuid().ToString("N"),
        ImagePath = "x.png",
        GroupId = "g",
        Diagnosis = dx,
        Attributes = new Dictionary<string, string?> { ["hair"] = hair, ["ink"] = ink, ["sex"] = null },
        Split = split,
        IsSynthetic = synthetic,
    };

    [Fact]
    public void SpecParsesTheWrittenForm()
    {
        var spec = SubgroupSpec.Parse("diagnosis x hair x ink", Declared);
        Assert.Equal(new[] { "diagnosis", "hair", "ink" }, spec.Attributes);
        Assert.Equal("diagnosis x hair x ink", spec.ToString());
    }

    [Fact]
    public void UnknownAttributeListsTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => SubgroupSpec.Parse("diagnosis x ruler", Declared));
        Assert.Equal("'ruler' is not an attribute (known: diagnosis, hair, ink, sex)", error.Message);
    }

    [Fact]
    public void KeyWritesUnknownAsQuestionMarkAndRoundTrips()
    {
        var spec = SubgroupSpec.Parse("diagnosis x hair x ink", Declared);
        var key = spec.KeyOf(Row("mel", "1", null, "train"));
        Assert.Equal("diagnosis=mel, hair=1, ink=?", key.Text);
        Assert.False(key.IsFullyKnown);
        Assert.Equal(key, SubgroupKey.Parse(key.Text));
        Assert.Equal("1", key["hair"]);
    }

    [Fact]
    public void CountsPerSplitWithSyntheticApartAndTheRuleApplied()
    {
        var spec = SubgroupSpec.Parse("diagnosis x ink", Declared);
        var rows = new List<ManifestRow>();
        for (int i = 0; i < 100; i++) rows.Add(Row("nv", "0", "0", "train"));
        for (int i = 0; i < 8; i++) rows.Add(Row("mel", "0", "1", "train"));
        rows.Add(Row("mel", "0", "1", "test"));
        for (int i = 0; i < 5; i++) rows.Add(Row("mel", "0", "1", "train", synthetic: true));
        for (int i = 0; i < 30; i++) rows.Add(Row("mel", "0", "0", "train"));
        rows.Add(Row("mel", "0", null, "train"));

        var counts = SubgroupCounts.Count(rows, spec, new UnderRepresentationRule(MinTrainImages: 10, MinFractionOfLargest: 0.5));

        Assert.Equal(new[] { "diagnosis=nv, ink=0", "diagnosis=mel, ink=0", "diagnosis=mel, ink=1", "diagnosis=mel, ink=?" },
            counts.Rows.Select(r => r.Key.Text));
        var melInk = counts.Rows[2];
        Assert.Equal((8, 0, 1, 5), (melInk.RealTrain, melInk.RealValidation, melInk.RealTest, melInk.SyntheticTrain));
        // 8 < 10 images; 30 < 0.5 * 100; 100 is fine; the unknown subgroup is never under-represented.
        Assert.Equal(new[] { false, true, true, false }, counts.Rows.Select(r => r.UnderRepresented));
    }

    [Fact]
    public void TargetCountIsTheLargerOfBothThresholds()
    {
        Assert.Equal(50, new UnderRepresentationRule(20, 0.25).TargetCount(largest: 200));
        Assert.Equal(20, new UnderRepresentationRule(20, 0.05).TargetCount(largest: 200));
    }

    [Fact]
    public void PossibleKeysAreTheProductOfClosedValueSets()
    {
        var spec = SubgroupSpec.Parse("diagnosis x ink", Declared);
        Assert.Equal(new[] { "diagnosis=mel, ink=0", "diagnosis=mel, ink=1", "diagnosis=nv, ink=0", "diagnosis=nv, ink=1" },
            spec.PossibleKeys(new[] { "mel", "nv" }).Select(k => k.Text));
        // 'sex' declares no value list: its subgroups are only those seen.
        Assert.Empty(SubgroupSpec.Parse("diagnosis x sex", Declared).PossibleKeys(new[] { "mel", "nv" }));
    }

    [Fact]
    public void EmptyPossibleSubgroupsAreListedAndUnderRepresented()
    {
        var spec = SubgroupSpec.Parse("diagnosis x ink", Declared);
        var rows = Enumerable.Range(0, 50).Select(_ => Row("nv", "0", "0", "train")).ToList();
        var counts = SubgroupCounts.Count(rows, spec, new UnderRepresentationRule(10, 0), spec.PossibleKeys(new[] { "mel", "nv" }));
        Assert.Equal(4, counts.Rows.Count);
        var melInk = counts.Rows.Single(r => r.Key.Text == "diagnosis=mel, ink=1");
        Assert.Equal(0, melInk.RealTotal);
        Assert.True(melInk.UnderRepresented);
    }
}
