using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Torch.Training;

/// <summary>One supervised optimizer step, the same in every classifier loop: loss, finite check, backward, update.</summary>
public static class OptimizerStep
{
    /// <summary>
    /// Computes <paramref name="loss"/>, throws <see cref="NonFiniteValueException"/> before any update when it is not
    /// finite (so <see cref="NonFiniteStepRetry"/> can run the step again), then back-propagates and steps
    /// <paramref name="optimizer"/> at <paramref name="learningRate"/>. Returns the loss.
    /// </summary>
    public static float Apply(optim.Optimizer optimizer, Func<Tensor> loss, double learningRate)
    {
        using var scope = torch.NewDisposeScope();
        var value = loss();
        float lossValue = value.item<float>();
        NonFiniteValueException.ThrowIfNotFinite("loss", lossValue);
        optimizer.zero_grad();
        value.backward();
        foreach (var group in optimizer.ParamGroups) group.LearningRate = learningRate;
        optimizer.step();
        return lossValue;
    }
}
