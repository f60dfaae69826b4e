using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>
/// PPO's clipped surrogate objective as DDPO uses it, per denoising step: with the likelihood ratio
/// r = exp(log p_new - log p_old) of the recorded step and the sample's advantage A,
/// <c>loss = max(-A r, -A clamp(r, 1 - c, 1 + c))</c>. Minimising it raises the probability of steps that led to
/// better-than-average images, but stops pushing once the ratio leaves [1 - c, 1 + c] in the advantage's direction.
/// No value function and no KL penalty. Plus the two diagnostics DDPO logs.
/// </summary>
public static class ClippedSurrogate
{
    /// <summary>The ratio r = exp(log p_new - log p_old), elementwise.</summary>
    public static Tensor Ratio(Tensor newLogProbs, Tensor oldLogProbs) => (newLogProbs - oldLogProbs).exp();

    /// <summary>The per-step loss max(-A r, -A clamp(r, 1 - c, 1 + c)), elementwise; average it for the objective.</summary>
    public static Tensor Loss(Tensor ratio, Tensor advantages, double clipRange)
    {
        var unclipped = -advantages * ratio;
        var clipped = -advantages * ratio.clamp(1 - clipRange, 1 + clipRange);
        return torch.maximum(unclipped, clipped);
    }

    /// <summary>The per-step approximate KL divergence 0.5 (log p_new - log p_old)^2, elementwise.</summary>
    public static Tensor ApproximateKl(Tensor newLogProbs, Tensor oldLogProbs) => 0.5 * (newLogProbs - oldLogProbs).square();

    /// <summary>1 where the ratio is outside the clip range (|r - 1| &gt; c), else 0, elementwise.</summary>
    public static Tensor IsClipped(Tensor ratio, double clipRange) => (ratio - 1).abs().gt(clipRange).to(ScalarType.Float32);
}
