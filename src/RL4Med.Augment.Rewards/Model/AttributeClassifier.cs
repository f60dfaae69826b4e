using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Torch.Vision;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Rewards.Model;

/// <summary>
/// Predicts every head of an <see cref="AttributeHeads"/> from an image: a <see cref="ResidualCnn"/> backbone whose
/// feature map is mean- and max-pooled (<see cref="ResidualCnn.FeatureMap"/>; a spatial max keeps small artifacts that a mean loses) into features that feed one linear layer
/// per head. <see cref="forward"/> returns the heads' logits side by side ([N, <see cref="AttributeHeads.LogitWidth"/>],
/// head h at <see cref="AttributeHeads.LogitOffset"/>).
/// </summary>
public sealed class AttributeClassifier : nn.Module<Tensor, Tensor>
{
    private const int DefaultBatchSize = 256;

    private readonly ResidualCnn backbone;
    private readonly ModuleList<Linear> heads;

    /// <summary>A freshly initialised classifier (draws from torch's global generator: seed it first).</summary>
    public AttributeClassifier(AttributeHeads heads, ResidualCnnOptions backbone) : base(nameof(AttributeClassifier))
    {
        Heads = heads;
        this.backbone = new ResidualCnn(backbone);
        FeatureWidth = 2 * this.backbone.FeatureWidth;
        this.heads = new ModuleList<Linear>(heads.Select(h => nn.Linear(FeatureWidth, h.LogitCount)).ToArray());
        RegisterComponents();
    }

    /// <summary>What each output means.</summary>
    public AttributeHeads Heads { get; }

    /// <summary>Length of the pooled feature vector: the spatial mean, then the spatial max, of the backbone's last width.</summary>
    public int FeatureWidth { get; }

    /// <summary>The linear layer of head <paramref name="index"/>.</summary>
    public Linear Head(int index) => heads[index];

    /// <summary>Logits of all heads, side by side: [N, LogitWidth] from images [N, C, H, W] in [-1, 1].</summary>
    public override Tensor forward(Tensor images)
    {
        using var scope = NewDisposeScope();
        var features = Features(images);
        return torch.cat(heads.Select(h => h.forward(features)).ToArray(), 1).MoveToOuterDisposeScope();
    }

    /// <summary>The penultimate pooled features [N, FeatureWidth] (mean, then max), differentiable (for training-time use).</summary>
    public Tensor Features(Tensor images)
    {
        using var scope = NewDisposeScope();
        var map = backbone.FeatureMap(images);
        var spatial = new long[] { 2, 3 };
        return torch.cat(new[] { map.mean(spatial), map.amax(spatial) }, 1).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Head probabilities of <paramref name="images"/> [N, C, H, W] (any device), in eval mode and without
    /// gradients, <paramref name="batchSize"/> images at a time.
    /// </summary>
    public AttributePrediction Predict(Tensor images, int batchSize = DefaultBatchSize)
    {
        var probabilities = Inference(images, Heads.LogitWidth, batchSize, batch => Probabilities(forward(batch)));
        return new AttributePrediction(Heads, probabilities);
    }

    /// <summary>The pooled features of <paramref name="images"/> as an [N, FeatureWidth] matrix (eval mode, no gradients), for Fréchet distance and diversity.</summary>
    public float[,] FeatureMatrix(Tensor images, int batchSize = DefaultBatchSize) =>
        Inference(images, FeatureWidth, batchSize, Features);

    /// <summary>Per head, softmax (softmax heads) or sigmoid (binary heads) of its logits, in the logit layout.</summary>
    public Tensor Probabilities(Tensor logits)
    {
        using var scope = NewDisposeScope();
        var columns = Heads.Select((head, h) =>
        {
            var slice = logits.narrow(1, Heads.LogitOffset(h), head.LogitCount);
            return head.IsBinary ? torch.sigmoid(slice) : torch.softmax(slice, 1);
        });
        return torch.cat(columns.ToArray(), 1).MoveToOuterDisposeScope();
    }

    // Runs `compute` over batches in eval mode and copies its [B, width] results into one host matrix.
    private float[,] Inference(Tensor images, int width, int batchSize, Func<Tensor, Tensor> compute)
    {
        if (images.dim() != 4) throw new ArgumentException($"images must be [N, C, H, W], not [{string.Join(", ", images.shape)}]");
        bool wasTraining = training;
        eval();
        try
        {
            using var noGrad = torch.no_grad();
            var device = parameters().First().device;
            long count = images.shape[0];
            var result = new float[count, width];
            for (long start = 0; start < count; start += batchSize)
            {
                using var scope = NewDisposeScope();
                long length = Math.Min(batchSize, count - start);
                var output = compute(images.narrow(0, start, length).to(device)).to(torch.CPU).contiguous();
                var values = output.data<float>().ToArray();
                Buffer.BlockCopy(values, 0, result, (int)(start * width) * sizeof(float), values.Length * sizeof(float));
            }
            return result;
        }
        finally
        {
            if (wasTraining) train();
        }
    }
}
