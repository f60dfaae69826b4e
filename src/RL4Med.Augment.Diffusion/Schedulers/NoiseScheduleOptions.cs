namespace RL4Med.Augment.Diffusion.Schedulers;

/// <summary>
/// The forward process a generator learned to reverse (<see cref="DdpmNoiseSchedule"/>). It is part of the model's
/// options, so every generator file carries it, as diffusers saves a scheduler config beside the weights: training,
/// sampling and DDPO all rebuild the schedule from the file rather than from defaults.
/// </summary>
public sealed record NoiseScheduleOptions
{
    /// <summary>Training timesteps T.</summary>
    public int TrainSteps { get; init; } = DdpmNoiseSchedule.DefaultTrainSteps;

    /// <summary>First beta of the scaled-linear schedule.</summary>
    public double BetaStart { get; init; } = DdpmNoiseSchedule.DefaultBetaStart;

    /// <summary>Last beta of the scaled-linear schedule.</summary>
    public double BetaEnd { get; init; } = DdpmNoiseSchedule.DefaultBetaEnd;
}
