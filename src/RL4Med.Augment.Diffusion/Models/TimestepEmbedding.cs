using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>
/// Sinusoidal features of the diffusion timestep (cosines first, as in Stable Diffusion) passed through a
/// two-layer SiLU network, giving the per-sample vector that conditions every residual block.
/// </summary>
public sealed class TimestepEmbedding : nn.Module<Tensor, Tensor>
{
    private const double MaxPeriod = 10_000;
    private readonly int frequencyWidth;
    private readonly Linear hidden;
    private readonly Linear output;

    /// <summary>Creates an embedding with <paramref name="frequencyWidth"/> sinusoidal features and <paramref name="width"/> outputs.</summary>
    public TimestepEmbedding(string name, int frequencyWidth, int width) : base(name)
    {
        if (frequencyWidth % 2 != 0)
            throw new ArgumentException("The sinusoidal width must be even (a cosine and a sine per frequency).", nameof(frequencyWidth));
        this.frequencyWidth = frequencyWidth;
        hidden = nn.Linear(frequencyWidth, width);
        output = nn.Linear(width, width);
        RegisterComponents();
    }

    /// <summary>Embeds timesteps [B] (integer or float) into [B, width].</summary>
    public override Tensor forward(Tensor timesteps) =>
        output.call(nn.functional.silu(hidden.call(Sinusoids(timesteps, frequencyWidth))));

    /// <summary>cos(t f_i) and sin(t f_i) for frequencies f_i = MaxPeriod^(-i / half), i = 0..half-1.</summary>
    public static Tensor Sinusoids(Tensor timesteps, int width)
    {
        var half = width / 2;
        var frequencies = torch.exp(torch.arange(half, dtype: ScalarType.Float32, device: timesteps.device) * (-Math.Log(MaxPeriod) / half));
        var angles = timesteps.to(ScalarType.Float32).unsqueeze(1) * frequencies.unsqueeze(0);
        return torch.cat(new[] { angles.cos(), angles.sin() }, dim: 1);
    }
}
