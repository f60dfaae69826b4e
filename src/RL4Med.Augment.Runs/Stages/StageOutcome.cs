namespace RL4Med.Augment.Runs.Stages;

/// <summary>What a stage's run ended with.</summary>
/// <param name="Result">
/// The stage's own result (e.g. a <c>PreparedDataset</c>, a <c>RewardValidationReport</c>), for the view to show; null
/// when stopped.
/// </param>
/// <param name="Stopped">Whether cancellation stopped it before the end: what follows must not run on its partial output.</param>
public sealed record StageOutcome(object? Result, bool Stopped)
{
    /// <summary>A finished stage with <paramref name="result"/>.</summary>
    public static StageOutcome Finished(object result) => new(result, Stopped: false);

    /// <summary>A stage that cancellation stopped at a checkpoint.</summary>
    public static StageOutcome StoppedAtCheckpoint(object? partial = null) => new(partial, Stopped: true);
}
