using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>Layer constructors that need a fix-up or a non-default start.</summary>
internal static class Initialization
{
    /// <summary>
    /// Zeroes a layer's weight and bias so that the residual branch it ends starts as the identity, which keeps
    /// a deep U-Net's first updates stable (as in Ho et al.'s DDPM and Dhariwal and Nichol's ADM).
    /// </summary>
    public static T Zeroed<T>(T layer) where T : nn.Module
    {
        using (torch.no_grad())
        {
            foreach (var parameter in layer.parameters())
                parameter.zero_();
        }
        return layer;
    }
}
