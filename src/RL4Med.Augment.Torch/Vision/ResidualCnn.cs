using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Torch.Vision;

/// <summary>
/// A small pre-activation residual CNN (GroupNorm, SiLU) that maps NCHW images to a pooled feature vector
/// of <see cref="FeatureWidth"/> values. The backbone of the disease classifier and of the attribute
/// classifiers (reward model and evaluator); heads live with their users.
/// </summary>
public sealed class ResidualCnn : nn.Module<Tensor, Tensor>
{
    private readonly AlignedConv2d stem;
    private readonly ModuleList<nn.Module<Tensor, Tensor>> stages;
    private readonly GroupNorm outputNorm;

    public ResidualCnn(ResidualCnnOptions options) : base(nameof(ResidualCnn))
    {
        if (options.Widths.Length == 0) throw new ArgumentException("ResidualCnn needs at least one stage width");
        stem = new AlignedConv2d(options.InputChannels, options.Widths[0], 3, padding: 1);
        stages = new ModuleList<nn.Module<Tensor, Tensor>>();
        int channels = options.Widths[0];
        for (int s = 0; s < options.Widths.Length; s++)
        {
            int width = options.Widths[s];
            for (int b = 0; b < options.BlocksPerStage; b++)
            {
                stages.Add(new Block(channels, width, stride: s > 0 && b == 0 ? 2 : 1, options.Dropout));
                channels = width;
            }
        }
        outputNorm = Norms.GroupNorm(Norms.GroupsFor(channels), channels);
        FeatureWidth = channels;
        RegisterComponents();
    }

    /// <summary>Length of the feature vector <see cref="forward"/> returns.</summary>
    public int FeatureWidth { get; }

    /// <summary>Pooled features [N, FeatureWidth] of images [N, C, H, W]: the spatial mean of <see cref="FeatureMap"/>.</summary>
    public override Tensor forward(Tensor images)
    {
        using var scope = NewDisposeScope();
        return FeatureMap(images).mean(new long[] { 2, 3 }).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The spatial features [N, FeatureWidth, h, w] before pooling. Heads that look for small things (an ink dot,
    /// a 1 px hair) pool it their own way: a spatial max keeps what a mean averages away.
    /// </summary>
    public Tensor FeatureMap(Tensor images)
    {
        using var scope = NewDisposeScope();
        Tensor x = stem.forward(images);
        foreach (var stage in stages) x = stage.forward(x);
        return nn.functional.silu(outputNorm.forward(x)).MoveToOuterDisposeScope();
    }

    /// <summary>norm-SiLU-conv, norm-SiLU-dropout-conv, plus a (strided 1x1) shortcut.</summary>
    private sealed class Block : nn.Module<Tensor, Tensor>
    {
        private readonly GroupNorm norm1, norm2;
        private readonly AlignedConv2d conv1, conv2;
        private readonly Dropout dropout;
        private readonly AlignedConv2d? shortcut;

        public Block(int input, int output, int stride, double dropoutRate) : base(nameof(Block))
        {
            norm1 = Norms.GroupNorm(Norms.GroupsFor(input), input);
            conv1 = new AlignedConv2d(input, output, 3, stride: stride, padding: 1);
            norm2 = Norms.GroupNorm(Norms.GroupsFor(output), output);
            dropout = nn.Dropout(dropoutRate);
            conv2 = new AlignedConv2d(output, output, 3, padding: 1);
            if (input != output || stride != 1) shortcut = new AlignedConv2d(input, output, 1, stride: stride);
            RegisterComponents();
        }

        public override Tensor forward(Tensor x)
        {
            using var scope = NewDisposeScope();
            Tensor h = conv1.forward(nn.functional.silu(norm1.forward(x)));
            h = conv2.forward(dropout.forward(nn.functional.silu(norm2.forward(h))));
            Tensor skip = shortcut?.forward(x) ?? x;
            return (h + skip).MoveToOuterDisposeScope();
        }
    }
}
