using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Lora;

/// <summary>
/// A low-rank update of a linear layer (Hu et al. 2021, LoRA): <c>x -> (alpha / rank) B A x</c> with A [rank, in]
/// (<c>down</c>) and B [out, rank] (<c>up</c>), added to the frozen layer's output. B starts at zero, so the adapted
/// model starts exactly at the pretrained one; A starts as N(0, (1 / rank)^2), as in diffusers' <c>LoRALinearLayer</c>
/// that DDPO used, so that B receives gradients from the first step.
/// </summary>
public sealed class LoraLayer : nn.Module<Tensor, Tensor>
{
    private readonly Linear down;
    private readonly Linear up;

    /// <summary>Creates an adapter for an <paramref name="inFeatures"/> -> <paramref name="outFeatures"/> layer, A drawn from <paramref name="generator"/>.</summary>
    public LoraLayer(string name, long inFeatures, long outFeatures, int rank, double alpha, Generator generator) : base(name)
    {
        if (rank < 1) throw new ArgumentOutOfRangeException(nameof(rank), rank, "The rank must be at least 1.");
        if (alpha <= 0) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Alpha must be positive.");
        Rank = rank;
        Alpha = alpha;
        down = nn.Linear(inFeatures, rank, hasBias: false);
        up = nn.Linear(rank, outFeatures, hasBias: false);
        using (torch.no_grad())
        {
            using var start = torch.randn(down.weight.shape, generator: generator);
            down.weight.copy_(start).div_(rank);
            up.weight.zero_();
        }
        RegisterComponents();
    }

    /// <summary>The rank r of the update.</summary>
    public int Rank { get; }

    /// <summary>alpha: the update is scaled by alpha / r, so that changing r needs no new learning rate.</summary>
    public double Alpha { get; }

    /// <summary>The update (alpha / r) B A x for inputs [..., in].</summary>
    public override Tensor forward(Tensor input) => up.call(down.call(input)).mul(Alpha / Rank);
}
