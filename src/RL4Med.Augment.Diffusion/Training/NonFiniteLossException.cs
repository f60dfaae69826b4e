namespace RL4Med.Augment.Diffusion.Training;

/// <summary>
/// Training produced a NaN or infinite loss or gradient. The step's update was not applied and no checkpoint was
/// written, so the last checkpoint on disk is the last good state.
/// </summary>
public sealed class NonFiniteLossException : InvalidOperationException
{
    /// <summary>Creates the error for the failed <paramref name="step"/> (1-based, the step that would have completed).</summary>
    public NonFiniteLossException(int step, string quantity, double value, string? lastGoodCheckpoint)
        : base(
            $"Training stopped at step {step}: the {quantity} is {value}. The step was not applied. " +
            (lastGoodCheckpoint is null
                ? "No checkpoint had been written yet. "
                : $"The last good checkpoint, {lastGoodCheckpoint}, was left untouched. ") +
            "Check the input images for NaN values, or lower the learning rate.")
    {
        Step = step;
        LastGoodCheckpoint = lastGoodCheckpoint;
    }

    /// <summary>The step whose loss or gradient was not finite.</summary>
    public int Step { get; }

    /// <summary>The last checkpoint written by this trainer, if any.</summary>
    public string? LastGoodCheckpoint { get; }
}
