using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Rewards.Reward;
using RL4Med.Augment.Rewards.Tests.Support;

namespace RL4Med.Augment.Rewards.Tests.Reward;

public class AttributeTargetTests
{
    [Fact]
    public void APromptsTargetIsItsDiagnosisAndTheValuesItStatesThatHaveHeads()
    {
        var heads = TestConfig.ImageHeads();
        var spec = new PromptSpec("mel", new Dictionary<string, string> { ["hair"] = "0", ["ink"] = "1", ["skin_type"] = "V" });

        var target = AttributeTarget.FromPrompt(spec, heads);

        // No skin_type head, so skin type cannot be judged and is left out.
        Assert.Equal(new Dictionary<string, string> { ["diagnosis"] = "mel", ["hair"] = "0", ["ink"] = "1" }, target.Values);
    }

    [Fact]
    public void ARealImagesTargetIsItsKnownValues()
    {
        var heads = TestConfig.ImageHeads();

        var target = AttributeTarget.FromRow(TestConfig.Row("s1", "g1", "nv", hair: "1", ink: null), heads);

        Assert.Equal(new Dictionary<string, string> { ["diagnosis"] = "nv", ["hair"] = "1" }, target.Values);
        Assert.Equal("diagnosis=nv, hair=1", target.ToString());
    }
}
