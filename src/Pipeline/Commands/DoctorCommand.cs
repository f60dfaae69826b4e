using System.ComponentModel;
using System.Diagnostics;
using RL4Med.Augment.Torch.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary>
/// <c>doctor</c>: tells a machine fault from a modelling problem in seconds: what decides this machine's arithmetic,
/// and the numeric self-check against float64 with more passes than the one training commands run at start-up.
/// </summary>
[Description("Check this machine's arithmetic: OS, CPU and vector extensions, torch threads, oneDNN's instruction set, the TorchSharp load fix, and a numeric self-check of convolution, GroupNorm, attention and linear layers (forward and backward against float64). Exit code 3 when the check fails.")]
public sealed class DoctorCommand : Command<DoctorCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--passes <N>")]
        [Description("Forward and backward passes per check.")]
        [DefaultValue(50)]
        public int Passes { get; init; } = 50;

        [CommandOption("--threads <N>")]
        [Description("CPU threads for TorchSharp. Default: all cores (the faulty oneDNN kernel was seen with 2).")]
        public int? Threads { get; init; }

        public override ValidationResult Validate()
        {
            if (Passes < 1) return ValidationResult.Error("--passes must be at least 1");
            if (Threads is < 1) return ValidationResult.Error("--threads must be at least 1");
            if (Threads is int threads) TorchSharp.torch.set_num_threads(threads);
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var machine = MachineReport.Read();
        var facts = new Table().HideHeaders().AddColumns("", "");
        facts.AddRow("OS", Markup.Escape(machine.OperatingSystem));
        facts.AddRow("CPU", Markup.Escape(machine.Processor));
        facts.AddRow("vector extensions", Markup.Escape(machine.VectorExtensions));
        facts.AddRow("torch threads", $"{machine.TorchThreads}");
        facts.AddRow("oneDNN ISA", Markup.Escape(machine.OneDnnIsa));
        facts.AddRow("GLIBCXX load fix", Markup.Escape(machine.LoadFix));
        AnsiConsole.Write(facts);

        var clock = Stopwatch.StartNew();
        var checks = NumericSelfCheck.Run(settings.Passes);
        // torch's own convolution at the same shapes: does this CPU have the oneDNN fault the project works around?
        var plain = NumericSelfCheck.FaultProneConvolutions
            .Select(shape => NumericSelfCheck.Convolution(shape.Input, shape.Output, settings.Passes, plainKernel: true)).ToList();
        var table = new Table().Title($"Numeric self-check: float32 against float64, {settings.Passes} forward and backward passes each ({clock.Elapsed.TotalSeconds:F1} s)")
            .AddColumns("layer", "result", "non-finite passes", "passes off float64", "worst relative error");
        foreach (var check in checks.Concat(plain))
            table.AddRow(Markup.Escape(check.Name), check.Passed ? "[green]ok[/]" : "[red]FAILED[/]", $"{check.NonFinitePasses}",
                $"{check.MismatchedPasses}", $"{check.WorstRelativeError:G2}");
        AnsiConsole.Write(table);

        var faultyPlain = plain.Where(check => !check.Passed).ToList();
        if (faultyPlain.Count > 0)
            AnsiConsole.MarkupLine("torch's own convolution failed here: this CPU has the oneDNN fault (NaN input gradients when the output channels do not fill a 16-channel block). The project's convolution pads them and is not affected.");
        var failed = checks.Where(check => !check.Passed).ToList();
        if (failed.Count > 0)
        {
            AnsiConsole.MarkupLine("[red]The project's layers give wrong numbers on this machine:[/] a machine fault, not a modelling problem. Try --threads 1, or ONEDNN_MAX_CPU_ISA=AVX2, and run doctor again.");
            return PipelineApp.NumericFault;
        }
        AnsiConsole.MarkupLine("[green]This machine's arithmetic is sound.[/] A NaN in training is then a modelling or data problem: check the input images and lower the learning rate.");
        return 0;
    }
}
