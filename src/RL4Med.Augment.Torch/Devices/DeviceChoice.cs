using TorchSharp;

namespace RL4Med.Augment.Torch.Devices;

/// <summary>Where tensors live: chosen once per run from <c>--device auto|cpu|cuda</c>.</summary>
public static class DeviceChoice
{
    /// <summary>The one line <c>--device cuda</c> gets where TorchSharp sees no CUDA device.</summary>
    public const string CudaUnavailable =
        "--device cuda: TorchSharp reports no CUDA device. The default build carries the CPU libtorch (libtorch-cpu-linux-x64 2.10.0); " +
        "build with 'dotnet build -p:TorchBackend=cuda', which needs the NuGet package libtorch-cuda-12.8-linux-x64 2.10.0 from your feed, " +
        "on a machine with an NVIDIA GPU and driver, or use --device cpu.";

    /// <summary>Names accepted by <see cref="Resolve"/>.</summary>
    public static readonly IReadOnlyList<string> Names = new[] { "auto", "cpu", "cuda" };

    /// <summary>
    /// Maps a device name to a torch device. <c>auto</c> picks CUDA when TorchSharp reports it (a build with
    /// <c>-p:TorchBackend=cuda</c> on a machine with a GPU), else the CPU. <c>cuda</c> without CUDA is an error.
    /// </summary>
    public static torch.Device Resolve(string name)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "cpu":
                return torch.CPU;
            case "auto":
                return torch.cuda.is_available() ? torch.CUDA : torch.CPU;
            case "cuda":
                if (!torch.cuda.is_available())
                    throw new ArgumentException(CudaUnavailable);
                return torch.CUDA;
            default:
                throw new ArgumentException($"--device '{name}' is not one of {string.Join(", ", Names)}.");
        }
    }
}
