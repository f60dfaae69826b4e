using System.Runtime.InteropServices;
using RL4Med.Augment.Runs.Stages;
using Spectre.Console;

namespace RL4Med.Augment.Pipeline.Console;

/// <summary>
/// Runs a stage of <see cref="RunStages"/> under one progress bar with its status line and log lines, and shows what
/// it made. Ctrl+C (SIGINT) or SIGTERM (what batch schedulers send before preempting a job) stops a stage that
/// <see cref="IRunStage.StopsAtCheckpoint"/> at its next step, with its checkpoint saved; other stages are short and
/// write nothing half-way, so there a signal ends the process as usual.
/// </summary>
public static class StageView
{
    /// <summary>Exit code after a signal stopped a stage (128 + SIGINT, as shells report it).</summary>
    public const int Stopped = 130;

    /// <summary>Runs <paramref name="stage"/> unless it is complete and <paramref name="options"/> does not restart it.</summary>
    public static StageOutcome? RunUnlessComplete(IRunStage stage, StageOptions options, CancellationToken cancellation)
    {
        if (stage.IsComplete && !options.Restart)
        {
            AnsiConsole.MarkupLineInterpolated($"{stage.Name}: complete with these settings (inputs: {string.Join(", ", stage.Inputs)}).");
            return null;
        }
        return Run(stage, cancellation);
    }

    /// <summary>Runs <paramref name="stage"/>, shows its result, and returns its outcome.</summary>
    public static StageOutcome Run(IRunStage stage, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
        StageOutcome outcome;
        using (stage.StopsAtCheckpoint ? PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop) : null)
        using (stage.StopsAtCheckpoint ? PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop) : null)
        {
            outcome = ForegroundProgress.Run(stage.Name, progress => stage.Run(progress, stop.Token));
        }
        if (outcome.Stopped)
            AnsiConsole.MarkupLine("[yellow]Stopped:[/] the last step is saved; the same command continues it.");
        else
            StageResultView.Show(outcome.Result);
        return outcome;
    }
}
