namespace RL4Med.Augment.Torch.Training;

/// <summary>
/// A training step stayed non-finite through every retry of <see cref="NonFiniteStepRetry"/>: a persistent fault, not
/// a transient one. The step was not applied and nothing was written, so the last checkpoint on disk is the last
/// good state and a later run resumes from it.
/// </summary>
public sealed class NonFiniteTrainingException : InvalidOperationException
{
    /// <summary>
    /// The error for <paramref name="training"/> (what was being trained, e.g. "generator pretraining") at 1-based
    /// <paramref name="step"/>, after <paramref name="attempts"/> tries of the same batch.
    /// </summary>
    public NonFiniteTrainingException(string training, int step, NonFiniteValueException last, int attempts, string? lastGoodCheckpoint)
        : base(
            $"{training} stopped at step {step}: the {last.Quantity} was {last.Value} in {attempts} tries of the same batch, so the step was not applied; " +
            (lastGoodCheckpoint is null ? "no checkpoint had been written yet. " : $"the last checkpoint, {lastGoodCheckpoint}, is intact. ") +
            "Run 'doctor' to check this machine's arithmetic; if it passes, check the input images for bad values and lower the learning rate.",
            last)
    {
        Training = training;
        Step = step;
        Quantity = last.Quantity;
        Attempts = attempts;
        LastGoodCheckpoint = lastGoodCheckpoint;
    }

    /// <summary>What was being trained.</summary>
    public string Training { get; }

    /// <summary>The 1-based step that failed.</summary>
    public int Step { get; }

    /// <summary>What was not finite: "loss" or "gradient norm".</summary>
    public string Quantity { get; }

    /// <summary>How many times the step was tried.</summary>
    public int Attempts { get; }

    /// <summary>The last checkpoint written, if any; never touched by the failed step.</summary>
    public string? LastGoodCheckpoint { get; }
}
