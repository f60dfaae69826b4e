using RL4Med.Augment.Data.Prompts;
using static TorchSharp.torch;

namespace RL4Med.Augment.Augmentation.Output;

/// <summary>
/// Judges synthetic images against what their prompts asked for (e.g. the reward model of the RL stage), so that images
/// that fail can be dropped before a classifier trains on them.
/// </summary>
public interface ISyntheticImageScorer
{
    /// <summary>A short name recorded in the augmentation summary.</summary>
    string Name { get; }

    /// <summary>
    /// One score per image: higher is better. <paramref name="images"/> are the stored PNGs as read back (what a classifier
    /// will see), [N, 3, S, S] floats in [-1, 1] on the CPU; <paramref name="prompts"/> says what image i was asked to show.
    /// </summary>
    float[] Score(Tensor images, IReadOnlyList<PromptSpec> prompts);
}
