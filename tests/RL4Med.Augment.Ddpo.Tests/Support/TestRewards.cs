using RL4Med.Augment.Ddpo.Rewards;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Tests.Support;

/// <summary>"Redness": the mean of the red channel, in [-1, 1].</summary>
internal sealed class RednessReward : IRewardFunction
{
    public float[] Score(Tensor images, IReadOnlyList<DdpoPrompt> prompts)
    {
        using var red = images[.., 0].mean(new long[] { 1, 2 });
        return red.data<float>().ToArray();
    }
}

/// <summary>1 for every image of the prompt with key <paramref name="Key"/>, 0 for the others, whatever the image.</summary>
internal sealed record PromptIndicatorReward(string Key) : IRewardFunction
{
    public float[] Score(Tensor images, IReadOnlyList<DdpoPrompt> prompts) =>
        prompts.Select(p => p.Key == Key ? 1f : 0f).ToArray();
}
