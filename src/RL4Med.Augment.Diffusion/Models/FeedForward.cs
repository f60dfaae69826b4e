using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>The position-wise two-layer GELU network of a transformer block.</summary>
public sealed class FeedForward : nn.Module<Tensor, Tensor>
{
    private readonly Linear expand;
    private readonly Linear contract;

    /// <summary>Creates a <paramref name="width"/> -> <paramref name="width"/> * <paramref name="multiplier"/> -> <paramref name="width"/> network.</summary>
    public FeedForward(string name, long width, int multiplier) : base(name)
    {
        expand = nn.Linear(width, width * multiplier);
        contract = nn.Linear(width * multiplier, width);
        RegisterComponents();
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor x) => contract.call(nn.functional.gelu(expand.call(x)));
}
