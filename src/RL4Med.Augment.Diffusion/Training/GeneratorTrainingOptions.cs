using RL4Med.Augment.Diffusion.Sampling;

namespace RL4Med.Augment.Diffusion.Training;

/// <summary>Hyperparameters and bookkeeping of generator pretraining (<see cref="GeneratorTrainer"/>).</summary>
public sealed record GeneratorTrainingOptions
{
    /// <summary>
    /// Total optimizer steps to train to (a resumed run continues from its step up to this). The default, 700 steps
    /// of 64 images, takes about 10 minutes on two idle CPU cores with the default 32-pixel model.
    /// </summary>
    public int Steps { get; init; } = 700;

    /// <summary>Images per optimizer step.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>AdamW learning rate after warm-up.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Steps over which the learning rate rises linearly from LearningRate / WarmupSteps to LearningRate.</summary>
    public int WarmupSteps { get; init; } = 100;

    /// <summary>AdamW decoupled weight decay.</summary>
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>
    /// Decay of the exponential moving average of the weights used for sampling. Early on the effective decay is
    /// min(EmaDecay, (1 + step) / (10 + step)), so the average does not drag in the random initial weights.
    /// </summary>
    public double EmaDecay { get; init; } = 0.995;

    /// <summary>Gradients are rescaled so that their global L2 norm is at most this.</summary>
    public double GradientClipNorm { get; init; } = 1.0;

    /// <summary>Probability of replacing an example's prompt by the empty prompt, which teaches the unconditional prediction that classifier-free guidance needs.</summary>
    public double ConditionDropout { get; init; } = 0.1;

    /// <summary>Mirror each image left-right with probability 1/2 (dermoscopy has no preferred orientation).</summary>
    public bool HorizontalFlip { get; init; } = true;

    /// <summary>Mirror each image top-bottom with probability 1/2.</summary>
    public bool VerticalFlip { get; init; } = true;

    /// <summary>Write the resumable checkpoint every this many steps (0 = only at the end); needs <see cref="OutputDirectory"/>.</summary>
    public int CheckpointEvery { get; init; } = 100;

    /// <summary>Write a captioned sample grid from the EMA weights every this many steps (0 = only at the end); needs <see cref="OutputDirectory"/>.</summary>
    public int SampleGridEvery { get; init; } = 250;

    /// <summary>Prompts of the sample grids; empty = up to 8 distinct prompts of the training data.</summary>
    public string[] SampleGridPrompts { get; init; } = Array.Empty<string>();

    /// <summary>Sampler settings of the sample grids.</summary>
    public SamplingOptions SampleGridSampling { get; init; } = new();

    /// <summary>
    /// Seed of everything random: initial weights, data order, flips, prompt dropout, noise, timesteps and dropout masks.
    /// Each step's randomness is derived from (Seed, step), so a resumed run repeats an uninterrupted one exactly.
    /// </summary>
    public long Seed { get; init; } = 1;

    /// <summary>Where to train: "auto", "cpu" or "cuda".</summary>
    public string Device { get; init; } = "auto";

    /// <summary>Folder for checkpoint.bin, generator.bin and samples/; null writes nothing (benchmarks, tests).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        static void Require(bool ok, string setting, string rule)
        {
            if (!ok) throw new ArgumentException($"Generator training option {setting} {rule}.");
        }

        Require(Steps >= 1, nameof(Steps), "must be at least 1");
        Require(BatchSize >= 1, nameof(BatchSize), "must be at least 1");
        Require(LearningRate > 0, nameof(LearningRate), "must be positive");
        Require(WarmupSteps >= 0, nameof(WarmupSteps), "must not be negative");
        Require(WeightDecay >= 0, nameof(WeightDecay), "must not be negative");
        Require(EmaDecay is >= 0 and < 1, nameof(EmaDecay), "must be in [0, 1)");
        Require(GradientClipNorm > 0, nameof(GradientClipNorm), "must be positive");
        Require(ConditionDropout is >= 0 and <= 1, nameof(ConditionDropout), "must be in [0, 1]");
        Require(CheckpointEvery >= 0, nameof(CheckpointEvery), "must not be negative");
        Require(SampleGridEvery >= 0, nameof(SampleGridEvery), "must not be negative");
    }
}
