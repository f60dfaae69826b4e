using RL4Med.Augment.Torch.Vision;

namespace RL4Med.Augment.Rewards.Training;

/// <summary>
/// Shape and training of an attribute classifier (<see cref="AttributeClassifierTrainer"/>). The defaults train a
/// reward model on the 32 px demo data in about a minute on two CPU cores.
/// </summary>
public sealed record AttributeClassifierOptions
{
    /// <summary>Channels of each backbone stage; every stage after the first halves the resolution.</summary>
    public int[] Widths { get; init; } = { 16, 32, 64 };

    /// <summary>Residual blocks per backbone stage.</summary>
    public int BlocksPerStage { get; init; } = 1;

    /// <summary>Dropout inside each residual block.</summary>
    public double Dropout { get; init; } = 0.1;

    /// <summary>Passes over the training images.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Images per optimizer step.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Peak AdamW learning rate; it follows a cosine decay to zero over all steps.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>AdamW decoupled weight decay.</summary>
    public double WeightDecay { get; init; } = 1e-4;

    /// <summary>Seed of the initial weights, the data order, the flips and the dropout masks: same seed, same weights.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Weight the loss against class imbalance: softmax heads weight class c by n / (classes x n_c), binary heads
    /// weight positives by n_negative / n_positive. Rare artifacts (ink) would otherwise never be predicted.
    /// </summary>
    public bool ClassBalancing { get; init; } = true;

    /// <summary>Mirror each training image left-right and top-bottom, each with probability 1/2 (dermoscopy has no orientation).</summary>
    public bool Flips { get; init; } = true;

    /// <summary>Where to train: "auto", "cpu" or "cuda".</summary>
    public string Device { get; init; } = "auto";

    /// <summary>
    /// Attributes that get a head, e.g. <c>["diagnosis", "hair", "ink"]</c>; empty = the diagnosis, every binary
    /// attribute and every categorical attribute that prompts mention (see <see cref="Heads.AttributeHeads.DefaultNames"/>).
    /// </summary>
    public string[] Attributes { get; init; } = Array.Empty<string>();

    /// <summary>The backbone these options describe.</summary>
    public ResidualCnnOptions Backbone() => new() { Widths = Widths, BlocksPerStage = BlocksPerStage, Dropout = Dropout };

    /// <summary>Throws naming the first option out of range.</summary>
    public void Validate()
    {
        void Require(bool condition, string option, string rule)
        {
            if (!condition) throw new ArgumentException($"attribute classifier option '{option}' {rule}");
        }
        Require(Widths.Length > 0 && Widths.All(w => w > 0), nameof(Widths), "needs at least one positive width");
        Require(BlocksPerStage > 0, nameof(BlocksPerStage), "must be positive");
        Require(Dropout is >= 0 and < 1, nameof(Dropout), "must be within [0, 1)");
        Require(Epochs > 0, nameof(Epochs), "must be positive");
        Require(BatchSize > 0, nameof(BatchSize), "must be positive");
        Require(LearningRate > 0, nameof(LearningRate), "must be positive");
        Require(WeightDecay >= 0, nameof(WeightDecay), "must be non-negative");
    }
}
