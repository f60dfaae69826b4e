using TorchSharp;

namespace RL4Med.Augment.Torch.Training;

/// <summary>
/// Runs a training step again when it meets a non-finite loss or gradient norm: the same batch, with torch's default
/// generator (dropout) rewound to where the step began, at most <see cref="MaxRetries"/> times. A transient fault (a
/// CPU kernel that returns NaN at random) then costs one step's time instead of an hour-long run; a persistent one
/// (a diverging model, bad input) still stops training with <see cref="NonFiniteTrainingException"/>.
/// The step must raise <see cref="NonFiniteValueException"/> before it changes any weight or optimizer state.
/// </summary>
public sealed class NonFiniteStepRetry
{
    /// <summary>Retries of one step before training stops: enough for a fault seen once in tens of calls.</summary>
    public const int DefaultMaxRetries = 3;

    /// <summary>A retry policy for <paramref name="training"/> (named in the error, e.g. "generator pretraining").</summary>
    public NonFiniteStepRetry(string training, int maxRetries = DefaultMaxRetries)
    {
        if (maxRetries < 0) throw new ArgumentOutOfRangeException(nameof(maxRetries), "must be at least 0");
        Training = training;
        MaxRetries = maxRetries;
    }

    /// <summary>What is being trained.</summary>
    public string Training { get; }

    /// <summary>Retries allowed per step.</summary>
    public int MaxRetries { get; }

    /// <summary>Retries taken so far, over all steps: training logs report it.</summary>
    public int Retries { get; private set; }

    /// <summary>
    /// Runs <paramref name="step"/> (1-based number <paramref name="stepNumber"/>) until it returns, retrying on
    /// <see cref="NonFiniteValueException"/>; <paramref name="lastGoodCheckpoint"/> is named in the final error.
    /// Seeds a step draws itself from (seed, step) are repeated by the step; torch's default generator is rewound here.
    /// </summary>
    public T Run<T>(int stepNumber, Func<T> step, string? lastGoodCheckpoint = null)
    {
        using var generator = torch.Generator.Default;
        using var state = MaxRetries > 0 ? generator.get_state() : null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return step();
            }
            catch (NonFiniteValueException fault)
            {
                if (attempt > MaxRetries)
                    throw new NonFiniteTrainingException(Training, stepNumber, fault, attempt, lastGoodCheckpoint);
                Retries++;
                generator.set_state(state!);
            }
        }
    }
}
