namespace RL4Med.Augment.Diffusion.Training;

/// <summary>Where a <see cref="GeneratorTrainer.Train"/> call stopped.</summary>
/// <param name="Step">Optimizer steps completed (equal to the options' Steps unless cancelled).</param>
/// <param name="LastLoss">Loss of the last step run by this call (NaN if it ran none).</param>
/// <param name="CheckpointPath">The resumable checkpoint written at the end, or null without an output directory.</param>
/// <param name="GeneratorPath">The EMA generator for sampling written at the end, or null without an output directory.</param>
public sealed record GeneratorTrainingResult(int Step, double LastLoss, string? CheckpointPath, string? GeneratorPath);
