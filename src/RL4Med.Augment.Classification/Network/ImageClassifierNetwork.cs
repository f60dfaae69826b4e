using RL4Med.Augment.Torch.Vision;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Classification.Network;

/// <summary>The disease classifier: a <see cref="ResidualCnn"/> backbone and a linear head giving one logit per class.</summary>
internal sealed class ImageClassifierNetwork : nn.Module<Tensor, Tensor>
{
    private readonly ResidualCnn backbone;
    private readonly Linear head;

    public ImageClassifierNetwork(ResidualCnnOptions backboneOptions, int classCount) : base(nameof(ImageClassifierNetwork))
    {
        backbone = new ResidualCnn(backboneOptions);
        head = nn.Linear(backbone.FeatureWidth, classCount);
        RegisterComponents();
    }

    /// <summary>Logits [N, classes] of images [N, 3, S, S].</summary>
    public override Tensor forward(Tensor images)
    {
        using var scope = NewDisposeScope();
        return head.forward(backbone.forward(images)).MoveToOuterDisposeScope();
    }
}
