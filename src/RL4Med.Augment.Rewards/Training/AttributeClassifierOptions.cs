using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Torch.Vision;

namespace RL4Med.Augment.Rewards.Training;

/// <summary>
/// Shape and training of an attribute classifier (<see cref="AttributeClassifierTrainer"/>). The defaults suit 32 px
/// images: on the demo data's ~1,050-image training half they train a reward model in about 40 s on one CPU core, to
/// 0.95-0.99 validation accuracy on diagnosis, hair, gel bubble, ruler and ink. Wider stages ([32, 64, 128]) reached
/// the same accuracy in 2.4 times the time.
/// </summary>
public sealed record AttributeClassifierOptions
{
    /// <summary>
    /// What the heads see images through (<see cref="AttributeBackbones"/>): <c>cnn</c>, a residual CNN trained here
    /// with the heads (the options below shape it), or <c>resnet18</c>, the frozen ImageNet ResNet-18, whose features
    /// of each training image are computed once (and cached per run), so only the heads train: no flips, no dropout.
    /// </summary>
    public string Backbone { get; init; } = AttributeBackbones.Cnn;

    /// <summary>Channels of each stage of the <c>cnn</c> backbone; every stage after the first halves the resolution.</summary>
    public int[] Widths { get; init; } = { 16, 32, 64 };

    /// <summary>Residual blocks per backbone stage.</summary>
    public int BlocksPerStage { get; init; } = 1;

    /// <summary>Dropout inside each residual block.</summary>
    public double Dropout { get; init; } = 0.1;

    /// <summary>Passes over the training images. Thin artifacts (hair) are learned last: 20 epochs left hair at 0.89 on the demo data, 30 at 0.95.</summary>
    public int Epochs { get; init; } = 30;

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
    /// The reward stage builds the heads from this list; <see cref="AttributeClassifierTrainer"/> itself trains the
    /// heads its <see cref="Images.LabelledImages"/> carry.
    /// </summary>
    public string[] Attributes { get; init; } = Array.Empty<string>();

    /// <summary>The <c>cnn</c> backbone these options describe.</summary>
    public ResidualCnnOptions Cnn() => new() { Widths = Widths, BlocksPerStage = BlocksPerStage, Dropout = Dropout };

    /// <summary>Throws naming the first option out of range.</summary>
    public void Validate()
    {
        void Require(bool condition, string option, string rule)
        {
            if (!condition) throw new ArgumentException($"attribute classifier option '{option}' {rule}");
        }
        Require(AttributeBackbones.All.Contains(Backbone), nameof(Backbone), $"must be one of {string.Join(", ", AttributeBackbones.All)}");
        Require(Widths.Length > 0 && Widths.All(w => w > 0), nameof(Widths), "needs at least one positive width");
        Require(BlocksPerStage > 0, nameof(BlocksPerStage), "must be positive");
        Require(Dropout is >= 0 and < 1, nameof(Dropout), "must be within [0, 1)");
        Require(Epochs > 0, nameof(Epochs), "must be positive");
        Require(BatchSize > 0, nameof(BatchSize), "must be positive");
        Require(LearningRate > 0, nameof(LearningRate), "must be positive");
        Require(WeightDecay >= 0, nameof(WeightDecay), "must be non-negative");
    }
}
