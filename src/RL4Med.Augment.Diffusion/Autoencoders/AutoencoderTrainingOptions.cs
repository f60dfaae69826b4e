namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>
/// How <see cref="AutoencoderTrainer"/> trains: AdamW on random square crops (the network is convolutional, so crops
/// teach it the full images at a fraction of the cost), loss = mean |x - x_hat| + <see cref="KlWeight"/> x mean KL.
/// </summary>
public sealed record AutoencoderTrainingOptions
{
    /// <summary>Optimizer steps in total.</summary>
    public int Steps { get; init; } = 1500;

    /// <summary>Crops per step.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>
    /// Side of the random crops trained on, in pixels (at most the image size, divisible by the downsampling factor).
    /// 0 trains on whole images.
    /// </summary>
    public int CropSize { get; init; } = 64;

    /// <summary>AdamW learning rate (constant after warm-up).</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Steps of linear learning-rate warm-up from 0.</summary>
    public int WarmupSteps { get; init; } = 50;

    /// <summary>AdamW weight decay.</summary>
    public double WeightDecay { get; init; }

    /// <summary>Gradients are clipped to this global L2 norm.</summary>
    public double GradientClipNorm { get; init; } = 1.0;

    /// <summary>
    /// Weight of the KL divergence to N(0, I) (mean over latent values) against the mean L1 reconstruction error. Small,
    /// as in Stable Diffusion (there 1e-6 on sums, about 1e-7 on these means): it keeps the latents from spreading without
    /// blurring the images; their scale is normalised later by the scaling factor.
    /// </summary>
    public double KlWeight { get; init; } = 1e-6;

    /// <summary>Mirror each crop left-right with probability 1/2 (dermoscopy has no preferred orientation).</summary>
    public bool HorizontalFlip { get; init; } = true;

    /// <summary>Mirror each crop top-bottom with probability 1/2.</summary>
    public bool VerticalFlip { get; init; } = true;

    /// <summary>Write a resumable checkpoint every this many steps (0 = only at the end).</summary>
    public int CheckpointEvery { get; init; } = 100;

    /// <summary>Seed of the initial weights, the crops, flips and the latent sampling noise; each step's draws come from (Seed, step).</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Where to train: "auto", "cpu" or "cuda".</summary>
    public string Device { get; init; } = "auto";

    /// <summary>Folder for checkpoint.bin and autoencoder.bin; null writes nothing (benchmarks, tests).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        static void Require(bool ok, string setting, string rule)
        {
            if (!ok) throw new ArgumentException($"Autoencoder training option {setting} {rule}.");
        }

        Require(Steps >= 1, nameof(Steps), "must be at least 1");
        Require(BatchSize >= 1, nameof(BatchSize), "must be at least 1");
        Require(CropSize >= 0, nameof(CropSize), "must not be negative");
        Require(LearningRate > 0, nameof(LearningRate), "must be positive");
        Require(WarmupSteps >= 0, nameof(WarmupSteps), "must not be negative");
        Require(WeightDecay >= 0, nameof(WeightDecay), "must not be negative");
        Require(GradientClipNorm > 0, nameof(GradientClipNorm), "must be positive");
        Require(KlWeight >= 0, nameof(KlWeight), "must not be negative");
        Require(CheckpointEvery >= 0, nameof(CheckpointEvery), "must not be negative");
    }
}
