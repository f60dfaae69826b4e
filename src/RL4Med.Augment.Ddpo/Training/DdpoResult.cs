using RL4Med.Augment.Ddpo.Logging;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>Where a <see cref="DdpoTrainer.Train"/> call stopped.</summary>
/// <param name="Epoch">Epochs completed (the options' Epochs unless cancelled).</param>
/// <param name="History">The logs of every epoch completed, resumed ones included.</param>
/// <param name="CheckpointPath">The resumable checkpoint written at the end, or null without an output folder.</param>
/// <param name="TunedWeightsPath">The LoRA adapters or tuned generator for sampling (see <see cref="TunedGenerator"/>), or null without an output folder.</param>
public sealed record DdpoResult(int Epoch, IReadOnlyList<DdpoEpochLog> History, string? CheckpointPath, string? TunedWeightsPath);
