using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Rewards.Reward;
using RL4Med.Augment.Rewards.Tests.Support;

namespace RL4Med.Augment.Rewards.Tests.Reward;

public class AttributeRewardTests
{
    private static readonly AttributeHeads Heads = TestConfig.ImageHeads();

    // One image the reward model reads as: mel (0.7), hair (0.9), no ink (0.2).
    private static readonly AttributePrediction MelanomaWithHair = new(Heads, new float[,] { { 0.7f, 0.2f, 0.1f, 0.9f, 0.2f } });

    private static AttributeTarget Target(string diagnosis, string hair, string ink) =>
        new(new Dictionary<string, string> { ["diagnosis"] = diagnosis, ["hair"] = hair, ["ink"] = ink });

    [Theory]
    [InlineData("mel", "1", "0", 1.0)]
    [InlineData("nv", "1", "0", 2.0 / 3)]
    [InlineData("nv", "0", "1", 0.0)]
    public void ExactRewardIsTheShareOfAttributesPredictedCorrectly(string diagnosis, string hair, string ink, double expected)
    {
        var reward = AttributeReward.Score(MelanomaWithHair, new[] { Target(diagnosis, hair, ink) }, RewardMode.Exact);
        Assert.Equal(expected, reward[0], 6);
    }

    [Theory]
    [InlineData("mel", "1", "0", (0.7 + 0.9 + 0.8) / 3)]
    [InlineData("bkl", "0", "1", (0.1 + 0.1 + 0.2) / 3)]
    public void SoftRewardIsTheMeanProbabilityOfTheTargetValues(string diagnosis, string hair, string ink, double expected)
    {
        var reward = AttributeReward.Score(MelanomaWithHair, new[] { Target(diagnosis, hair, ink) }, RewardMode.Soft);
        Assert.Equal(expected, reward[0], 6);
    }

    [Fact]
    public void AbsentArtifactsOfAPromptEarnPointsToo()
    {
        // "a dermoscopic image of nevus showing hair": the prompt also asks for no ink.
        var spec = new PromptSpec("nv", new Dictionary<string, string> { ["hair"] = "1", ["ink"] = "0" });

        var reward = AttributeReward.Score(MelanomaWithHair, new[] { AttributeTarget.FromPrompt(spec, Heads) }, RewardMode.Exact);

        // Diagnosis wrong, hair right, "no ink" right.
        Assert.Equal(2.0 / 3, reward[0], 6);
    }

    [Fact]
    public void HeadsATargetDoesNotMentionAreNotScored()
    {
        var onlyHair = new AttributeTarget(new Dictionary<string, string> { ["hair"] = "1" });

        Assert.Equal(1f, AttributeReward.Score(MelanomaWithHair, new[] { onlyHair }, RewardMode.Exact)[0]);
        Assert.Equal(0.9f, AttributeReward.Score(MelanomaWithHair, new[] { onlyHair }, RewardMode.Soft)[0], 6);
    }

    [Fact]
    public void ScoresABatchImageByImage()
    {
        var prediction = new AttributePrediction(Heads, new float[,]
        {
            { 0.7f, 0.2f, 0.1f, 0.9f, 0.2f },
            { 0.1f, 0.1f, 0.8f, 0.3f, 0.6f },
        });

        var rewards = AttributeReward.Score(prediction, new[] { Target("mel", "1", "0"), Target("bkl", "0", "1") }, RewardMode.Exact);

        Assert.Equal(new[] { 1f, 1f }, rewards);
    }
}
