using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Training;
using RL4Med.Augment.Torch.Vision;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Rewards.Model;

/// <summary>
/// Predicts every head of an <see cref="AttributeHeads"/> from an image through one of two backbones
/// (<see cref="AttributeBackbones"/>): a <see cref="ResidualCnn"/> trained with the heads, whose feature map is mean-
/// and max-pooled (a spatial max keeps small artifacts that a mean loses), or the frozen ImageNet ResNet-18, whose
/// 512 pooled features are standardised with the training images' mean and spread. Either feeds one linear layer
/// per head. <see cref="forward"/> returns the heads' logits side by side ([N, <see cref="AttributeHeads.LogitWidth"/>],
/// head h at <see cref="AttributeHeads.LogitOffset"/>).
/// </summary>
public sealed class AttributeClassifier : nn.Module<Tensor, Tensor>
{
    private const int DefaultBatchSize = 256;

    private readonly ResidualCnn? backbone;
    private readonly FrozenResNet18? pretrained;
    private const string FeatureMeanName = "feature_mean", FeatureScaleName = "feature_scale";
    private readonly ModuleList<Linear> heads;

    /// <summary>A freshly initialised classifier on a CNN trained with it (draws from torch's global generator: seed it first).</summary>
    public AttributeClassifier(AttributeHeads heads, ResidualCnnOptions backbone) : base(nameof(AttributeClassifier))
    {
        Heads = heads;
        Backbone = AttributeBackbones.Cnn;
        this.backbone = new ResidualCnn(backbone);
        FeatureWidth = 2 * this.backbone.FeatureWidth;
        this.heads = LinearHeads(heads, FeatureWidth);
        RegisterComponents();
    }

    /// <summary>
    /// A freshly initialised classifier on frozen ResNet-18 features from <paramref name="pretrained"/> (disposed with
    /// this). The standardisation is the identity until <see cref="FitStandardisation"/> sets it.
    /// </summary>
    public AttributeClassifier(AttributeHeads heads, FrozenResNet18 pretrained) : base(nameof(AttributeClassifier))
    {
        Heads = heads;
        Backbone = AttributeBackbones.ResNet18;
        this.pretrained = pretrained;
        FeatureWidth = FrozenResNet18.Width;
        // Buffers, so that the training images' statistics are saved and loaded with the heads.
        register_buffer(FeatureMeanName, torch.zeros(FeatureWidth));
        register_buffer(FeatureScaleName, torch.ones(FeatureWidth));
        this.heads = LinearHeads(heads, FeatureWidth);
        RegisterComponents();
    }

    /// <summary>
    /// A freshly initialised classifier with <paramref name="options"/>' backbone; a frozen one caches its features in
    /// <paramref name="featureCachePath"/> when given.
    /// </summary>
    public static AttributeClassifier Create(AttributeHeads heads, AttributeClassifierOptions options, string? featureCachePath = null) =>
        options.Backbone == AttributeBackbones.ResNet18
            ? new AttributeClassifier(heads, new FrozenResNet18(featureCachePath))
            : new AttributeClassifier(heads, options.Cnn());

    /// <summary>What each output means.</summary>
    public AttributeHeads Heads { get; }

    /// <summary>The backbone's name (<see cref="AttributeBackbones"/>).</summary>
    public string Backbone { get; }

    /// <summary>Whether the backbone is frozen: only the heads learn, and their inputs can be computed once (<see cref="FrozenFeatures"/>).</summary>
    public bool IsFrozen => pretrained is not null;

    /// <summary>Length of the pooled feature vector: the spatial mean, then the spatial max, of the backbone's last width.</summary>
    public int FeatureWidth { get; }

    /// <summary>The linear layer of head <paramref name="index"/>.</summary>
    public Linear Head(int index) => heads[index];

    /// <summary>Logits of all heads, side by side: [N, LogitWidth] from images [N, C, H, W] in [-1, 1].</summary>
    public override Tensor forward(Tensor images) => HeadLogits(Features(images));

    /// <summary>Logits of all heads, side by side, from head inputs [N, FeatureWidth] (<see cref="Features"/>).</summary>
    public Tensor HeadLogits(Tensor features)
    {
        using var scope = NewDisposeScope();
        return torch.cat(heads.Select(h => h.forward(features)).ToArray(), 1).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The heads' inputs [N, FeatureWidth]: the CNN's pooled features (mean, then max), differentiable, or the
    /// standardised frozen ResNet-18 features.
    /// </summary>
    public Tensor Features(Tensor images)
    {
        if (pretrained is not null) return Standardise(FrozenFeatures(images));
        using var scope = NewDisposeScope();
        var map = backbone!.FeatureMap(images);
        var spatial = new long[] { 2, 3 };
        return torch.cat(new[] { map.mean(spatial), map.amax(spatial) }, 1).MoveToOuterDisposeScope();
    }

    /// <summary>The frozen backbone's raw features [N, FeatureWidth] of <paramref name="images"/>, on this model's device.</summary>
    public Tensor FrozenFeatures(Tensor images)
    {
        if (pretrained is null) throw new InvalidOperationException($"the {Backbone} backbone is trained, not frozen");
        var device = FeatureMean.device;
        var features = pretrained.Of(images);
        if (features.device == device) return features;
        using (features) return features.to(device);
    }

    /// <summary>Head inputs from raw frozen features: (features - mean) / scale of the training images.</summary>
    public Tensor Standardise(Tensor frozenFeatures)
    {
        using var scope = NewDisposeScope();
        return ((frozenFeatures - FeatureMean) / FeatureScale).MoveToOuterDisposeScope();
    }

    /// <summary>Sets the standardisation to the mean and standard deviation (floored at 1e-3) of <paramref name="trainingFeatures"/>.</summary>
    public void FitStandardisation(Tensor trainingFeatures)
    {
        using var noGrad = torch.no_grad();
        using var scope = NewDisposeScope();
        FeatureMean.copy_(trainingFeatures.mean(new long[] { 0 }));
        FeatureScale.copy_(trainingFeatures.std(0).clamp_min(1e-3));
    }

    // Looked up by name: moving the module to a device replaces its buffers.
    private Tensor FeatureMean => get_buffer(FeatureMeanName) ?? throw new InvalidOperationException("no frozen-feature standardisation");
    private Tensor FeatureScale => get_buffer(FeatureScaleName) ?? throw new InvalidOperationException("no frozen-feature standardisation");

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) pretrained?.Dispose();
        base.Dispose(disposing);
    }

    private static ModuleList<Linear> LinearHeads(AttributeHeads heads, int width) =>
        new(heads.Select(h => nn.Linear(width, h.LogitCount)).ToArray());

    /// <summary>
    /// Head probabilities of <paramref name="images"/> [N, C, H, W] (any device), in eval mode and without
    /// gradients, <paramref name="batchSize"/> images at a time.
    /// </summary>
    public AttributePrediction Predict(Tensor images, int batchSize = DefaultBatchSize)
    {
        var probabilities = Inference(images, Heads.LogitWidth, batchSize, batch => Probabilities(forward(batch)));
        return new AttributePrediction(Heads, probabilities);
    }

    /// <summary>The heads' inputs (<see cref="Features"/>) of <paramref name="images"/> as an [N, FeatureWidth] matrix (eval mode, no gradients), for Fréchet distance and diversity.</summary>
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
