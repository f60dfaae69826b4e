namespace RL4Med.Augment.Runs.Stages;

/// <summary>
/// One stage of a run, in the one shape every stage has: a name, the files it reads, whether its outputs are complete
/// with the current settings (a <c>done.json</c> beside them records settings and input hashes), and a run that reports
/// progress and honours cancellation. <see cref="RunStages"/> lists them in order; the commands are views over it.
/// </summary>
public interface IRunStage : IDisposable
{
    /// <summary>The stage's name, as the commands and the progress display call it (e.g. "pretrain", "augment ddpo").</summary>
    string Name { get; }

    /// <summary>The files the stage reads besides the configuration (a manifest, a trained model).</summary>
    IReadOnlyList<string> Inputs { get; }

    /// <summary>Whether the outputs exist and were made with the current settings and inputs.</summary>
    bool IsComplete { get; }

    /// <summary>
    /// Whether cancellation stops the stage at its next step with a checkpoint, so the same command continues it;
    /// otherwise the stage is short, writes nothing half-way, and a cancelled run starts it again.
    /// </summary>
    bool StopsAtCheckpoint { get; }

    /// <summary>Runs the stage, reporting to <paramref name="progress"/>; returns what it made, or that it was stopped.</summary>
    StageOutcome Run(IStageProgress progress, CancellationToken cancellation);

    void IDisposable.Dispose()
    {
    }
}
