using System.Text.Json.Serialization;
using RL4Med.Augment.Diffusion.Schedulers;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>
/// Hyperparameters and bookkeeping of DDPO fine-tuning (<see cref="DdpoTrainer"/>). The defaults are the paper's
/// settings (RL4Med-DDPO, MICCAI 2025, after Black et al.'s DDPO and its ddpo-pytorch implementation).
/// </summary>
public sealed record DdpoOptions
{
    /// <summary>Epochs to train to (a resumed run continues from its epoch up to this). Each epoch samples, scores and updates.</summary>
    public int Epochs { get; init; } = 100;

    /// <summary>Images sampled and scored per epoch, M (paper: 256). Prompts are drawn uniformly from the prompt list.</summary>
    public int SamplesPerEpoch { get; init; } = 256;

    /// <summary>Images per sampling batch (one batched forward pass of twice this size per denoising step, for guidance).</summary>
    public int SampleBatchSize { get; init; } = 32;

    /// <summary>DDIM denoising steps T of every sample (paper: 50). Every step is an action of the policy.</summary>
    public int Steps { get; init; } = 50;

    /// <summary>
    /// DDIM stochasticity eta (paper: 1, DDPM-like). Must be positive: a deterministic step (eta = 0) has no
    /// log-probability to optimise.
    /// </summary>
    public double Eta { get; init; } = 1.0;

    /// <summary>
    /// Classifier-free guidance scale w (paper: 5), used both for sampling and for recomputing the log-probabilities
    /// during training, so that the policy being trained is the one that sampled.
    /// </summary>
    public double GuidanceScale { get; init; } = 5.0;

    /// <summary>Samples per training forward/backward pass (gradients are accumulated over passes, so this only trades memory for speed).</summary>
    public int TrainBatchSize { get; init; } = 32;

    /// <summary>
    /// Passes over the epoch's samples (ddpo-pytorch's <c>num_inner_epochs</c>; default 1). Each pass visits the samples
    /// in a fresh random order with fresh random timesteps.
    /// </summary>
    public int InnerEpochs { get; init; } = 1;

    /// <summary>
    /// Optimizer steps per pass (the paper's "2 gradient updates per epoch"). Our reading, ddpo-pytorch's: the pass's
    /// shuffled samples are split into this many equal groups; the gradients of a group's samples over their trained
    /// timesteps are accumulated (averaged) and then applied in one AdamW step. So every sample is trained on once per
    /// pass; the first group is exactly on-policy (ratio 1), later groups slightly off-policy, which is what the ratio
    /// clipping is for. An epoch makes <see cref="InnerEpochs"/> x <see cref="GradientUpdatesPerPass"/> optimizer steps;
    /// the other reading (K full passes of one step each) is InnerEpochs = K, GradientUpdatesPerPass = 1, at K times the
    /// training cost.
    /// </summary>
    public int GradientUpdatesPerPass { get; init; } = 2;

    /// <summary>
    /// Share of each sample's denoising steps trained on per pass (ddpo-pytorch's <c>timestep_fraction</c>; default 1 =
    /// all). Each sample trains on round(Steps x fraction) of its steps (at least 1), drawn at random per pass. Below 1
    /// it cuts the training cost proportionally at the price of noisier gradients.
    /// </summary>
    public double TimestepFraction { get; init; } = 1.0;

    /// <summary>PPO clip range c of the likelihood ratio (paper: 1e-4).</summary>
    public double ClipRange { get; init; } = 1e-4;

    /// <summary>Advantages are clipped to [-AdvantageClip, AdvantageClip] (paper: 5).</summary>
    public double AdvantageClip { get; init; } = 5.0;

    /// <summary>AdamW learning rate (paper: 3e-4). 0 leaves the weights unchanged (a dry run that only measures rewards).</summary>
    public double LearningRate { get; init; } = 3e-4;

    /// <summary>AdamW decoupled weight decay (paper: 1e-4).</summary>
    public double WeightDecay { get; init; } = 1e-4;

    /// <summary>AdamW beta1, the decay of the gradient's moving average.</summary>
    public double AdamBeta1 { get; init; } = 0.9;

    /// <summary>AdamW beta2, the decay of the squared gradient's moving average.</summary>
    public double AdamBeta2 { get; init; } = 0.999;

    /// <summary>AdamW epsilon, added to the root of the second moment.</summary>
    public double AdamEpsilon { get; init; } = 1e-8;

    /// <summary>Gradients are rescaled so that their global L2 norm is at most this before every step (paper: 1).</summary>
    public double GradientClipNorm { get; init; } = 1.0;

    /// <summary>Rewards kept per prompt for the per-prompt advantage statistics (paper: 32).</summary>
    public int StatBufferSize { get; init; } = 32;

    /// <summary>Buffered rewards a prompt needs before its own mean and std are used; below, the batch's are (paper: 16).</summary>
    public int StatMinCount { get; init; } = 16;

    /// <summary>Rank r of the LoRA adapters (paper: 4). Ignored with <see cref="FullFineTuning"/>.</summary>
    public int LoraRank { get; init; } = 4;

    /// <summary>LoRA alpha: updates are scaled by alpha / r. Null: alpha = r (scale 1), as in DDPO.</summary>
    public double? LoraAlpha { get; init; }

    /// <summary>
    /// Train every U-Net parameter instead of LoRA adapters (the text encoder stays frozen either way). Costs an
    /// optimizer state as large as the U-Net and exports a whole generator instead of adapters.
    /// </summary>
    public bool FullFineTuning { get; init; }

    /// <summary>Write the resumable checkpoint every this many epochs (0 = only at the end); needs <see cref="OutputDirectory"/>.</summary>
    public int CheckpointEvery { get; init; } = 5;

    /// <summary>
    /// Write a captioned sample grid (with rewards) every this many epochs, plus one before the first epoch and one at
    /// the end (0 = only those two); needs <see cref="OutputDirectory"/>. Every grid uses the same prompts and noise,
    /// so grids of different epochs are directly comparable.
    /// </summary>
    public int SampleGridEvery { get; init; } = 10;

    /// <summary>Images in each sample grid, cycling through the prompt list.</summary>
    public int SampleGridImages { get; init; } = 16;

    /// <summary>
    /// Seed of everything random: LoRA initialisation, prompt draws, sampling noise, training order and timesteps,
    /// grid noise. Each epoch's randomness is derived from (Seed, epoch), so a resumed run repeats an uninterrupted one.
    /// </summary>
    public long Seed { get; init; } = 1;

    /// <summary>Where to train: "auto", "cpu" or "cuda".</summary>
    public string Device { get; init; } = "auto";

    /// <summary>Folder for the checkpoint, the tuned weights, the logs and samples/; null writes nothing (tests, benchmarks).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The LoRA alpha in force: <see cref="LoraAlpha"/>, or the rank when unset.</summary>
    [JsonIgnore]
    public double EffectiveLoraAlpha => LoraAlpha ?? LoraRank;

    /// <summary>Denoising steps trained per sample and pass: round(Steps x TimestepFraction), at least 1.</summary>
    [JsonIgnore]
    public int TrainedTimesteps => Math.Clamp((int)Math.Round(Steps * TimestepFraction), 1, Steps);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        static void Require(bool ok, string setting, string rule)
        {
            if (!ok) throw new ArgumentException($"DDPO option {setting} {rule}.");
        }

        Require(Epochs >= 1, nameof(Epochs), "must be at least 1");
        Require(SamplesPerEpoch >= 1, nameof(SamplesPerEpoch), "must be at least 1");
        Require(SampleBatchSize >= 1, nameof(SampleBatchSize), "must be at least 1");
        // DDIM's timestep offset of 1 needs at least two training timesteps per step.
        Require(Steps is >= 1 and <= DdpmNoiseSchedule.DefaultTrainSteps / 2, nameof(Steps), $"must be in 1..{DdpmNoiseSchedule.DefaultTrainSteps / 2}");
        Require(Eta > 0, nameof(Eta), "must be positive (a deterministic DDIM step has no log-probability)");
        Require(double.IsFinite(GuidanceScale), nameof(GuidanceScale), "must be finite");
        Require(TrainBatchSize >= 1, nameof(TrainBatchSize), "must be at least 1");
        Require(InnerEpochs >= 1, nameof(InnerEpochs), "must be at least 1");
        Require(GradientUpdatesPerPass >= 1 && GradientUpdatesPerPass <= SamplesPerEpoch, nameof(GradientUpdatesPerPass), $"must be in 1..{nameof(SamplesPerEpoch)}");
        Require(TimestepFraction is > 0 and <= 1, nameof(TimestepFraction), "must be in (0, 1]");
        Require(ClipRange > 0, nameof(ClipRange), "must be positive");
        Require(AdvantageClip > 0, nameof(AdvantageClip), "must be positive");
        Require(LearningRate >= 0, nameof(LearningRate), "must not be negative");
        Require(WeightDecay >= 0, nameof(WeightDecay), "must not be negative");
        Require(AdamBeta1 is >= 0 and < 1, nameof(AdamBeta1), "must be in [0, 1)");
        Require(AdamBeta2 is >= 0 and < 1, nameof(AdamBeta2), "must be in [0, 1)");
        Require(AdamEpsilon > 0, nameof(AdamEpsilon), "must be positive");
        Require(GradientClipNorm > 0, nameof(GradientClipNorm), "must be positive");
        Require(StatBufferSize >= 1, nameof(StatBufferSize), "must be at least 1");
        Require(StatMinCount >= 1 && StatMinCount <= StatBufferSize, nameof(StatMinCount), $"must be in 1..{nameof(StatBufferSize)}");
        Require(LoraRank >= 1, nameof(LoraRank), "must be at least 1");
        Require(LoraAlpha is null or > 0, nameof(LoraAlpha), "must be positive when set");
        Require(CheckpointEvery >= 0, nameof(CheckpointEvery), "must not be negative");
        Require(SampleGridEvery >= 0, nameof(SampleGridEvery), "must not be negative");
        Require(SampleGridImages >= 1, nameof(SampleGridImages), "must be at least 1");
    }
}
