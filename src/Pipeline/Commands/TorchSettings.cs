using System.ComponentModel;
using RL4Med.Augment.Runs.Stages;
using RL4Med.Augment.Torch.Devices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary>Options of the commands that run TorchSharp models.</summary>
public class TorchSettings : RunSettings
{
    [CommandOption("--device <DEVICE>")]
    [Description("auto (CUDA when available), cpu or cuda.")]
    [DefaultValue("auto")]
    public string Device { get; init; } = "auto";

    [CommandOption("--threads <N>")]
    [Description("CPU threads for TorchSharp. Default: all cores. Fewer keeps a shared machine responsive.")]
    public int? Threads { get; init; }

    /// <summary>How the stages of this command run: the device, and where data paths start.</summary>
    public override StageOptions StageOptions() => base.StageOptions() with { Device = Device };

    public override ValidationResult Validate()
    {
        if (!DeviceChoice.Names.Contains(Device))
            return ValidationResult.Error($"--device '{Device}' is not one of {string.Join(", ", DeviceChoice.Names)}");
        if (Threads is < 1) return ValidationResult.Error("--threads must be at least 1");
        // Said before any work starts, not when the first tensor moves.
        if (Device == "cuda" && !TorchSharp.torch.cuda.is_available()) return ValidationResult.Error(DeviceChoice.CudaUnavailable);
        // Set here, before any command touches a tensor, so every torch command honours it.
        if (Threads is int threads) TorchSharp.torch.set_num_threads(threads);
        return ValidationResult.Success();
    }
}
