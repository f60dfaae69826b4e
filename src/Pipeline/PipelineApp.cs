using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Pipeline.Commands;
using RL4Med.Augment.Torch.Diagnostics;
using RL4Med.Augment.Torch.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline;

/// <summary>The command line: every command, and the one rule for bad input and commands run out of order (one line, exit code 2).</summary>
public static class PipelineApp
{
    /// <summary>Exit code of bad input (a file, row or option named in the message) and of a command run out of order.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// Exit code of a numeric fault: training met a NaN or infinity that retries did not clear (the last checkpoint is
    /// intact), or the numeric self-check failed before training. <c>doctor</c> tells a machine fault from a modelling one.
    /// </summary>
    public const int NumericFault = 3;

    /// <summary>
    /// Runs the command line with <paramref name="args"/>, writing to <paramref name="console"/> (the terminal by default).
    /// Cancelling <paramref name="cancellation"/> stops a training stage at its next step, as Ctrl+C does.
    /// </summary>
    public static int Run(string[] args, IAnsiConsole? console = null, CancellationToken cancellation = default)
    {
        if (console != null) AnsiConsole.Console = console;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dotnet run --project src/Pipeline --");
            config.PropagateExceptions();
            config.AddCommand<RunCommand>("run")
                .WithExample("run")
                .WithExample("run", "--config", "pipelines/ham10000.json", "--data-root", "../shared/data");
            config.AddCommand<PrepareDataCommand>("prepare-data")
                .WithExample("prepare-data")
                .WithExample("prepare-data", "--config", "pipelines/ham10000.json", "--data-root", "../shared/data");
            config.AddCommand<DescribeDataCommand>("describe-data")
                .WithExample("describe-data", "--by", "diagnosis x skin_type");
            config.AddCommand<TrainGeneratorCommand>("train-generator")
                .WithExample("train-generator", "--stage", "pretrain", "--config", "pipelines/quick.json")
                .WithExample("train-generator", "--resume");
            config.AddCommand<EvaluateGeneratorCommand>("evaluate-generator")
                .WithExample("evaluate-generator");
            config.AddCommand<SampleCommand>("sample")
                .WithExample("sample", "--prompt", "a dermoscopic image of melanoma showing ink markings on type II skin", "-n", "16", "--guidance", "5", "--seed", "1", "--out", "grid.png");
            config.AddCommand<AugmentCommand>("augment")
                .WithExample("augment", "--plan")
                .WithExample("augment", "--generator", "pretrained")
                .WithExample("augment", "--shard", "0/2");
            config.AddCommand<TrainClassifierCommand>("train-classifier")
                .WithExample("train-classifier")
                .WithExample("train-classifier", "--arms", "real_only,oversampling");
            config.AddCommand<ReportCommand>("report")
                .WithExample("report");
            config.AddCommand<BenchCommand>("bench")
                .WithExample("bench", "--size", "32", "--size", "64");
            config.AddCommand<DoctorCommand>("doctor")
                .WithExample("doctor")
                .WithExample("doctor", "--threads", "2", "--passes", "200");
        });

        try
        {
            return app.Run(args, cancellation);
        }
        catch (Exception e) when (e is InputDataException or WorkflowStateException or CommandParseException or CommandRuntimeException or ArgumentException)
        {
            // Bad input, or a command run out of order, is one clear line and a non-zero exit code, never a stack trace.
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return BadInput;
        }
        catch (Exception e) when (e is NonFiniteTrainingException or MachineFaultException)
        {
            // One line, never a stack trace: what stopped, where, and what to check.
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return NumericFault;
        }
    }
}
