using RL4Med.Augment.Rewards.Heads;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Rewards.Training;

/// <summary>
/// The training loss of an attribute classifier: per head, cross-entropy (softmax heads) or binary cross-entropy
/// (binary heads), optionally class-weighted, averaged over the images whose label is known; then averaged over
/// heads. Unknown labels are masked out, so a head learns nothing from an image whose value nobody recorded.
/// </summary>
public sealed class AttributeLoss : IDisposable
{
    private readonly AttributeHeads heads;
    private readonly Tensor?[] weights;

    /// <summary>A loss for <paramref name="heads"/>, weighted by <paramref name="balance"/> when given, with weights on <paramref name="device"/>.</summary>
    public AttributeLoss(AttributeHeads heads, ClassBalance? balance, Device device)
    {
        this.heads = heads;
        weights = heads.Select((head, h) => balance is null ? null
            : head.IsBinary ? torch.tensor(new[] { balance.PositiveWeight(h) }, device: device)
            : torch.tensor(balance.ClassWeights(h), device: device)).ToArray();
    }

    /// <summary>The scalar loss of <paramref name="logits"/> [N, LogitWidth] against <paramref name="labels"/> [N, heads] (int64, -1 = unknown).</summary>
    public Tensor Compute(Tensor logits, Tensor labels)
    {
        using var scope = torch.NewDisposeScope();
        var total = torch.zeros(1, device: logits.device);
        for (int h = 0; h < heads.Count; h++)
        {
            var head = heads[h];
            var label = labels.select(1, h);
            var known = label.ge(0);
            var target = label.clamp_min(0);
            var slice = logits.narrow(1, heads.LogitOffset(h), head.LogitCount);
            var perImage = head.IsBinary
                ? nn.functional.binary_cross_entropy_with_logits(slice.squeeze(1), target.to_type(ScalarType.Float32),
                    pos_weights: weights[h], reduction: nn.Reduction.None)
                : nn.functional.cross_entropy(slice, target, weight: weights[h], reduction: nn.Reduction.None);
            // where(), not a product: a masked image's loss term cannot leak a NaN or a gradient into the head.
            var masked = torch.where(known, perImage, torch.zeros_like(perImage));
            total = total + masked.sum() / known.sum().clamp_min(1);
        }
        return (total.squeeze() / heads.Count).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var weight in weights) weight?.Dispose();
    }
}
