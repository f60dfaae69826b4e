using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace RL4Med.Augment.Torch.Diagnostics;

/// <summary>
/// Runs the layers the project trains (its convolution at the shapes where libtorch's oneDNN was seen failing,
/// GroupNorm, attention, linear) forward and backward in float32 and compares every output and gradient with float64
/// on the same inputs. A machine whose kernels return NaN or wrong numbers fails here in a fraction of a second, before
/// a training run meets it as a NaN loss. Torch's default generator is left as it was found.
/// </summary>
public static class NumericSelfCheck
{
    /// <summary>Largest accepted relative error of a float32 result against float64 (float32 rounding is about 1e-6).</summary>
    public const double Tolerance = 1e-3;

    /// <summary>Passes per check when a training command starts: a few tens of milliseconds in all.</summary>
    public const int StartupPasses = 2;

    private const ulong Seed = 20_250_901;

    /// <summary>
    /// Convolution shapes (input → output channels, 3x3 on [16, input, 32, 32]) where libtorch 2.10's oneDNN returned NaN
    /// input gradients at random on AMD EPYC with AVX-512: output channels that do not fill a 16-channel block.
    /// </summary>
    public static IReadOnlyList<(int Input, int Output)> FaultProneConvolutions { get; } = new[] { (32, 3), (16, 8), (8, 8) };

    /// <summary>Every check with <paramref name="passes"/> passes each.</summary>
    public static IReadOnlyList<SelfCheckResult> Run(int passes)
    {
        var results = FaultProneConvolutions.Select(shape => Convolution(shape.Input, shape.Output, passes)).ToList();
        results.Add(Compare("GroupNorm 32 channels, 8 groups", passes, () => Norms.GroupNorm(8, 32), new long[] { 8, 32, 16, 16 }));
        results.Add(Compare("attention 64 tokens x 32, 2 heads", passes, () => new AttentionProbe(32, 2), new long[] { 4, 64, 32 }));
        results.Add(Compare("linear 64→48", passes, () => nn.Linear(64, 48), new long[] { 32, 64 }));
        return results;
    }

    /// <summary>Runs <see cref="Run"/> with <see cref="StartupPasses"/> and throws <see cref="MachineFaultException"/> on a failure.</summary>
    public static void Require()
    {
        var failed = Run(StartupPasses).Where(result => !result.Passed).ToArray();
        if (failed.Length > 0) throw new MachineFaultException(failed);
    }

    /// <summary>
    /// A 3x3 convolution from <paramref name="input"/> to <paramref name="output"/> channels on [16, input, 32, 32] that
    /// needs its input gradient: the project's <see cref="AlignedConv2d"/>, or with <paramref name="plainKernel"/> torch's
    /// own <c>nn.Conv2d</c>, which shows whether this machine has the oneDNN fault the project works around.
    /// </summary>
    public static SelfCheckResult Convolution(int input, int output, int passes, bool plainKernel = false) =>
        Compare($"{(plainKernel ? "torch's nn.Conv2d" : "convolution")} {input}→{output}", passes,
            () => plainKernel ? nn.Conv2d(input, output, 3, padding: 1) : new AlignedConv2d(input, output, 3, padding: 1),
            new long[] { 16, input, 32, 32 });

    private static SelfCheckResult Compare(string name, int passes, Func<nn.Module<Tensor, Tensor>> build, long[] inputShape)
    {
        if (passes < 1) throw new ArgumentOutOfRangeException(nameof(passes), "must be at least 1");
        using var defaultGenerator = torch.Generator.Default;
        using var savedState = defaultGenerator.get_state();
        try
        {
            using var scope = torch.NewDisposeScope();
            using var generator = new Generator(Seed);
            using var reference = build();
            using var layer = build();
            reference.to(ScalarType.Float64);
            var input = torch.randn(inputShape, ScalarType.Float64, generator: generator);
            using (torch.no_grad())
            {
                foreach (var (target, source) in layer.parameters().Zip(reference.parameters()))
                {
                    source.copy_(torch.randn(source.shape, ScalarType.Float64, generator: generator).mul_(0.5));
                    target.copy_(source);
                }
            }
            var expected = Pass(reference, input, generator, upstream: null);
            var upstream = expected[^1];

            int nonFinite = 0, mismatched = 0;
            double worst = 0;
            for (var pass = 0; pass < passes; pass++)
            {
                using var passScope = torch.NewDisposeScope();
                layer.zero_grad();
                var actual = Pass(layer, input.to(ScalarType.Float32), generator, upstream.to(ScalarType.Float32));
                if (actual.Take(expected.Count - 1).Any(tensor => !tensor.isfinite().all().item<bool>()))
                {
                    nonFinite++;
                    continue;
                }
                var error = actual.Zip(expected.Take(expected.Count - 1)).Max(pair => RelativeError(pair.First, pair.Second));
                worst = Math.Max(worst, error);
                if (error > Tolerance) mismatched++;
            }
            return new SelfCheckResult(name, passes, nonFinite, mismatched, worst);
        }
        finally
        {
            defaultGenerator.set_state(savedState);
        }
    }

    // Output, input gradient and parameter gradients of one forward and backward pass; the reference pass (no upstream
    // gradient given) draws one and appends it, so the float32 passes back-propagate the same values.
    private static List<Tensor> Pass(nn.Module<Tensor, Tensor> layer, Tensor input, Generator generator, Tensor? upstream)
    {
        var leaf = input.detach().requires_grad_(true);
        var output = layer.call(leaf);
        var gradient = upstream ?? torch.randn(output.shape, ScalarType.Float64, generator: generator);
        output.backward(new[] { gradient });
        var results = new List<Tensor> { output.detach(), leaf.grad! };
        results.AddRange(layer.parameters().Select(parameter => parameter.grad!));
        if (upstream is null) results.Add(gradient);
        return results;
    }

    private static double RelativeError(Tensor actual, Tensor expected)
    {
        var scale = expected.abs().max().item<double>();
        var difference = (actual.to(ScalarType.Float64) - expected).abs().max().item<double>();
        return difference / Math.Max(scale, 1e-12);
    }

    /// <summary>Self-attention through torch's scaled dot-product attention, the kernel the generator's attention uses.</summary>
    private sealed class AttentionProbe : nn.Module<Tensor, Tensor>
    {
        private readonly Linear projection;
        private readonly int heads;

        public AttentionProbe(int width, int heads) : base(nameof(AttentionProbe))
        {
            this.heads = heads;
            projection = nn.Linear(width, 3 * width, hasBias: false);
            RegisterComponents();
        }

        public override Tensor forward(Tensor tokens)
        {
            var (batch, count, width) = (tokens.shape[0], tokens.shape[1], tokens.shape[2]);
            var split = projection.call(tokens).view(batch, count, 3, heads, width / heads).permute(2, 0, 3, 1, 4);
            var attended = F.scaled_dot_product_attention(split[0], split[1], split[2]);
            return attended.transpose(1, 2).reshape(batch, count, width);
        }
    }
}
