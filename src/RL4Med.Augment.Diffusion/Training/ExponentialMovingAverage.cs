using TorchSharp;
using RL4Med.Augment.Diffusion.Models;

namespace RL4Med.Augment.Diffusion.Training;

/// <summary>
/// A shadow copy of the generator's weights, averaged over training steps; samples from the average are smoother
/// than from the raw weights of any one step.
/// </summary>
internal sealed class ExponentialMovingAverage : IDisposable
{
    private readonly double decay;

    /// <summary>Starts the average at the current weights of <paramref name="source"/>.</summary>
    public ExponentialMovingAverage(DiffusionGenerator source, double decay)
    {
        this.decay = decay;
        Model = new DiffusionGenerator(source.Options, source.VocabularySize, source.MaxPromptTokens);
        Model.to(source.parameters().First().device);
        Model.eval();
        using (torch.no_grad())
        {
            foreach (var (average, current) in Model.parameters().Zip(source.parameters()))
            {
                average.requires_grad = false;
                average.copy_(current);
            }
        }
    }

    /// <summary>The averaged generator (eval mode, no gradients).</summary>
    public DiffusionGenerator Model { get; }

    /// <summary>average = d average + (1 - d) current, with d = min(decay, (1 + step) / (10 + step)).</summary>
    public void Update(DiffusionGenerator source, int step)
    {
        var effectiveDecay = Math.Min(decay, (1.0 + step) / (10.0 + step));
        using (torch.no_grad())
        {
            foreach (var (average, current) in Model.parameters().Zip(source.parameters()))
                average.mul_(effectiveDecay).add_(current, alpha: 1 - effectiveDecay);
        }
    }

    /// <inheritdoc />
    public void Dispose() => Model.Dispose();
}
