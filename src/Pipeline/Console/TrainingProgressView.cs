using Spectre.Console;

namespace RL4Med.Augment.Pipeline.Console;

/// <summary>
/// A live progress bar for a long training loop, with a status line (step, loss, images/s) and log lines above it.
/// Ctrl+C asks the loop to stop at the next step, so it can save a checkpoint instead of dying mid-write.
/// </summary>
public sealed class TrainingProgressView
{
    private readonly ProgressTask _task;

    private TrainingProgressView(ProgressTask task, CancellationToken cancellation)
    {
        _task = task;
        Cancellation = cancellation;
    }

    /// <summary>Set by Ctrl+C.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>Runs <paramref name="body"/> under one progress bar named <paramref name="title"/>.</summary>
    public static void Run(string title, Action<TrainingProgressView> body)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        System.Console.CancelKeyPress += onCancel;
        try
        {
            AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx => body(new TrainingProgressView(ctx.AddTask(title, autoStart: true), cancellation.Token)));
        }
        finally
        {
            System.Console.CancelKeyPress -= onCancel;
        }
        if (cancellation.IsCancellationRequested)
            AnsiConsole.MarkupLine("[yellow]Interrupted:[/] the checkpoint holds the last step; run again with --resume to continue.");
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
