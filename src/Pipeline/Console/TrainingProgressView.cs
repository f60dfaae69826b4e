using System.Runtime.InteropServices;
using Spectre.Console;

namespace RL4Med.Augment.Pipeline.Console;

/// <summary>
/// A live progress bar for a long training loop, with a status line (step, loss, images/s) and log lines above it.
/// Ctrl+C (SIGINT) or SIGTERM (what batch schedulers send before preempting a job) asks the loop to stop at the
/// next step, so it can save a checkpoint instead of dying mid-write.
/// </summary>
public sealed class TrainingProgressView
{
    private readonly ProgressTask _task;

    private TrainingProgressView(ProgressTask task, CancellationToken cancellation)
    {
        _task = task;
        Cancellation = cancellation;
    }

    /// <summary>Whether a signal stopped a loop in this process: what follows it must not run on its partial output.</summary>
    public static bool Interrupted { get; private set; }

    /// <summary>Set by Ctrl+C.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>
    /// Runs <paramref name="body"/> under one progress bar named <paramref name="title"/>. With <paramref name="resumable"/>
    /// false (a loop without checkpoints), signals keep their default meaning: the process ends.
    /// </summary>
    public static void Run(string title, Action<TrainingProgressView> body, bool resumable = true)
    {
        using var cancellation = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            cancellation.Cancel();
        }
        using (resumable ? PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop) : null)
        using (resumable ? PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop) : null)
        {
            AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx => body(new TrainingProgressView(ctx.AddTask(title, autoStart: true), cancellation.Token)));
        }
        if (!cancellation.IsCancellationRequested) return;
        Interrupted = true;
        AnsiConsole.MarkupLine("[yellow]Interrupted:[/] the last step is saved; the same command with --resume continues it.");
    }

    /// <summary>Moves the bar to <paramref name="done"/> of <paramref name="total"/> and shows <paramref name="status"/>.</summary>
    public void Update(int done, int total, string status)
    {
        _task.MaxValue = total;
        _task.Value = done;
        _task.Description = Markup.Escape(status);
    }

    /// <summary>Writes a line above the bar.</summary>
    public void Log(string line) => AnsiConsole.MarkupLine(Markup.Escape(line));
}
