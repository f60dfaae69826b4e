using System.Diagnostics;
using RL4Med.Augment.Runs.Stages;
using Spectre.Console;

namespace RL4Med.Augment.Pipeline.Console;

/// <summary>
/// A Spectre progress bar redrawn on the working thread, never by a refresh thread. TorchSharp 0.107 hands temporary
/// Scalars to libtorch by handle without keeping them alive; a garbage collection that another thread's allocations
/// start during a tensor operation can free one mid-call (README, known problems). Commands that run tensor work
/// therefore show progress through this class and print plain lines instead of spinners.
/// </summary>
internal static class ForegroundProgress
{
    /// <summary>Runs <paramref name="work"/> under one bar titled <paramref name="title"/> and returns its result.</summary>
    public static T Run<T>(string title, Func<IStageProgress, T> work)
    {
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .AutoRefresh(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context => result = work(new Bar(context, context.AddTask(Markup.Escape(title), autoStart: true))));
        return result;
    }

    private sealed class Bar(ProgressContext context, ProgressTask task) : IStageProgress
    {
        private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
        private readonly Stopwatch sinceRedraw = Stopwatch.StartNew();

        public void Update(double done, double total, string status)
        {
            task.MaxValue = Math.Max(total, 1e-9);
            task.Value = done;
            task.Description = Markup.Escape(status);
            if (sinceRedraw.Elapsed < RedrawInterval && done < total) return;
            context.Refresh();
            sinceRedraw.Restart();
        }

        public void Log(string line)
        {
            AnsiConsole.MarkupLine(Markup.Escape(line));
            context.Refresh();
        }
    }
}
