using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Rewards;

/// <summary>What DDPO maximises: a score per generated image, given what its prompt asked for.</summary>
public interface IRewardFunction
{
    /// <summary>
    /// Scores <paramref name="images"/> [B, 3, S, S] with values in [-1, 1] (on the generator's device), image i having
    /// been sampled for <paramref name="prompts"/>[i]. Returns B finite rewards, higher is better. Must not keep or
    /// dispose the images.
    /// </summary>
    float[] Score(Tensor images, IReadOnlyList<DdpoPrompt> prompts);
}
