using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Tests.Support;

namespace RL4Med.Augment.Rewards.Tests.Heads;

public class AttributeHeadsTests
{
    [Fact]
    public void DefaultHeadsAreDiagnosisEveryFlagAndPromptedClosedCategories()
    {
        var heads = AttributeHeads.FromConfig(TestConfig.Create());

        // sex and age_band are closed but no prompt mentions them; site is prompted but open.
        Assert.Equal(new[] { "diagnosis", "hair", "ink", "skin_type" }, heads.Select(h => h.Name));
        Assert.Equal(TestConfig.Diagnoses, heads[0].Values);
        Assert.Equal(new[] { AttributeKind.Categorical, AttributeKind.Binary, AttributeKind.Binary, AttributeKind.Categorical }, heads.Select(h => h.Kind));
        Assert.Equal(new[] { "0", "1" }, heads[1].Values);
        Assert.Equal(3 + 1 + 1 + 6, heads.LogitWidth);
        Assert.Equal(new[] { 0, 3, 4, 5 }, Enumerable.Range(0, heads.Count).Select(heads.LogitOffset));
    }

    [Fact]
    public void AnExplicitListChoosesHeadsAndTheirOrder()
    {
        var heads = AttributeHeads.FromConfig(TestConfig.Create(), new[] { "ink", "age_band", "diagnosis" });

        Assert.Equal(new[] { "ink", "age_band", "diagnosis" }, heads.Select(h => h.Name));
        Assert.Equal(new[] { "<30", "30-59", "60+" }, heads[1].Values);
    }

    [Theory]
    [InlineData("site")]     // values are open: no softmax is possible
    [InlineData("colour")]   // not declared
    public void RefusesAttributesThatCannotHaveAHead(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => AttributeHeads.FromConfig(TestConfig.Create(), new[] { "diagnosis", name }));
        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void EncodesARowAsClassIndicesWithUnknownForMissingValues()
    {
        var heads = AttributeHeads.FromConfig(TestConfig.Create());
        var row = TestConfig.Row("s1", "g1", "bkl", hair: "1", ink: null);

        Assert.Equal(new[] { 2, 1, AttributeHeads.Unknown, AttributeHeads.Unknown }, heads.Encode(row));
    }

    [Fact]
    public void EncodingAValueOutsideTheHeadsValuesNamesTheSample()
    {
        var heads = AttributeHeads.FromConfig(TestConfig.Create());
        var error = Assert.Throws<ArgumentException>(() => heads.Encode(TestConfig.Row("s9", "g9", "df", "0", "0")));
        Assert.Contains("s9", error.Message);
        Assert.Contains("'df'", error.Message);
    }

    [Fact]
    public void EncodesATargetWithUnknownForUnconstrainedHeads()
    {
        var heads = AttributeHeads.FromConfig(TestConfig.Create());

        var labels = heads.Encode(new Dictionary<string, string> { ["ink"] = "0", ["skin_type"] = "V" });

        Assert.Equal(new[] { AttributeHeads.Unknown, AttributeHeads.Unknown, 0, 4 }, labels);
    }
}
