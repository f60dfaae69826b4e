using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Data.Tests.Prompts;

public class PromptBuilderTests
{
    private static readonly DatasetConfig Dataset = new()
    {
        Diagnoses = new() { ["mel"] = "melanoma", ["nv"] = "nevus" },
        Attributes = new()
        {
            new AttributeConfig { Name = "hair" },
            new AttributeConfig { Name = "gel_bubble", Prompt = "gel bubbles" },
            new AttributeConfig { Name = "ruler" },
            new AttributeConfig { Name = "skin_type", Kind = AttributeKind.Categorical, Prompt = "on type {value} skin" },
            new AttributeConfig { Name = "sex", Kind = AttributeKind.Categorical },
        },
    };

    private static ManifestRow Row(string dx, string? hair, string? gel, string? ruler, string? skin) => new()
    {
        SampleId = "s",
        ImagePath = "s.png",
        GroupId = "g",
        Diagnosis = dx,
        Attributes = new Dictionary<string, string?> { ["hair"] = hair, ["gel_bubble"] = gel, ["ruler"] = ruler, ["skin_type"] = skin, ["sex"] = "male" },
    };

    [Theory]
    [InlineData("mel", "1", "0", "1", "V", "a dermoscopic image of melanoma showing hair, ruler on type V skin")]
    [InlineData("nv", "0", "1", "0", "II", "a dermoscopic image of nevus showing gel bubbles on type II skin")]
    [InlineData("nv", "0", "0", "0", null, "a dermoscopic image of nevus with no visible artifacts")]
    [InlineData("mel", "1", null, "0", "III", "a dermoscopic image of melanoma on type III skin")]
    [InlineData("mel", null, null, null, null, "a dermoscopic image of melanoma")]
    public void FollowsThePaperTemplateAndLeavesUnknownsOut(string dx, string? hair, string? gel, string? ruler, string? skin, string expected) =>
        Assert.Equal(expected, new PromptBuilder(Dataset).PromptOf(Row(dx, hair, gel, ruler, skin)));

    [Fact]
    public void SpecStatesEveryFlagOrNoneAndOnlyPromptedCategories()
    {
        var builder = new PromptBuilder(Dataset);
        var full = builder.SpecOf(Row("mel", "1", "0", "0", "V"));
        Assert.Equal("diagnosis=mel, gel_bubble=0, hair=1, ruler=0, skin_type=V", full.Key);
        var partial = builder.SpecOf(Row("mel", "1", null, "0", null));
        Assert.Empty(partial.Attributes);
    }

    [Fact]
    public void SubgroupKeysBecomePromptsWithTheKeysAttributesOnly()
    {
        var builder = new PromptBuilder(Dataset);
        var key = SubgroupKey.Parse("diagnosis=mel, hair=1, gel_bubble=0, ruler=0");
        Assert.Equal("a dermoscopic image of melanoma showing hair", builder.Describe(builder.SpecOf(key)));
    }
}
