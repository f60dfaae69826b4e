using RL4Med.Augment.Ddpo.Logging;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>Reported during DDPO training, for a progress display.</summary>
/// <param name="Epoch">The epoch in progress, or just completed (1-based).</param>
/// <param name="TotalEpochs">Epochs the run trains to.</param>
/// <param name="Stage">What just finished.</param>
/// <param name="Completed">Images sampled (Sampling), optimizer steps taken (Updating) so far in this epoch; the epoch (EpochCompleted).</param>
/// <param name="Total">Images per epoch (Sampling), optimizer steps per epoch (Updating), total epochs (EpochCompleted).</param>
/// <param name="EpochLog">The completed epoch's log (EpochCompleted only).</param>
/// <param name="EstimatedRemaining">Time left at the average epoch time so far (EpochCompleted only).</param>
/// <param name="SavedCheckpoint">Path of the checkpoint written after the epoch, if any.</param>
/// <param name="SavedSampleGrid">Path of the sample grid written after the epoch, if any.</param>
public sealed record DdpoProgress(
    int Epoch,
    int TotalEpochs,
    DdpoStage Stage,
    int Completed,
    int Total,
    DdpoEpochLog? EpochLog = null,
    TimeSpan? EstimatedRemaining = null,
    string? SavedCheckpoint = null,
    string? SavedSampleGrid = null);
