using RL4Med.Augment.Augmentation.Output;
using RL4Med.Augment.Data.Prompts;
using static TorchSharp.torch;

namespace RL4Med.Augment.Augmentation.Tests.Support;

/// <summary>A stand-in reward: the mean pixel value of each image, so tests can recompute it from the PNGs.</summary>
internal sealed class MeanBrightnessScorer : ISyntheticImageScorer
{
    public int Calls { get; private set; }

    public string Name => "mean-brightness";

    public float[] Score(Tensor images, IReadOnlyList<PromptSpec> prompts)
    {
        Calls++;
        Assert.Equal(images.shape[0], prompts.Count);
        using var means = images.mean(new long[] { 1, 2, 3 });
        return means.data<float>().ToArray();
    }
}
