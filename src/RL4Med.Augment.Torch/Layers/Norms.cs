using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Torch.Layers;

/// <summary>Normalisation layers with the initialisation TorchSharp 0.107 forgets.</summary>
public static class Norms
{
    /// <summary>GroupNorm with weight 1 and bias 0: TorchSharp 0.107 leaves both uninitialised (NaN losses otherwise).</summary>
    public static GroupNorm GroupNorm(int groups, long channels)
    {
        var norm = nn.GroupNorm(groups, channels);
        using (torch.no_grad())
        {
            norm.weight.fill_(1);
            norm.bias!.fill_(0);
        }
        return norm;
    }

    /// <summary>The largest group count up to <paramref name="preferred"/> that divides <paramref name="channels"/>.</summary>
    public static int GroupsFor(long channels, int preferred = 8)
    {
        int groups = (int)Math.Min(preferred, channels);
        while (channels % groups != 0) groups--;
        return groups;
    }
}
