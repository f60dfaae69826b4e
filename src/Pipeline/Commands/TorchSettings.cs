using System.ComponentModel;
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

    public override ValidationResult Validate() =>
        DeviceChoice.Names.Contains(Device) ? ValidationResult.Success()
            : ValidationResult.Error($"--device '{Device}' is not one of {string.Join(", ", DeviceChoice.Names)}");
}
