using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Torch.Layers;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace RL4Med.Augment.Torch.Tests.Layers;

/// <summary>The project's convolution is nn.Conv2d in values, gradients, initialisation and file format.</summary>
public class AlignedConv2dTests
{
    [Theory]
    [InlineData(3, 16)]
    [InlineData(8, 16)]
    [InlineData(16, 16)]
    [InlineData(24, 32)]
    [InlineData(96, 96)]
    public void Output_channels_are_padded_to_a_whole_16_channel_block(int output, int padded)
    {
        using var conv = new AlignedConv2d(4, output, 3, padding: 1);
        Assert.Equal(output, conv.OutputChannels);
        Assert.Equal(padded, conv.PaddedOutputChannels);
    }

    [Fact]
    public void Starts_from_the_weights_nn_Conv2d_draws_for_the_same_seed_under_the_same_state_dict_names()
    {
        torch.manual_seed(7);
        using var plain = nn.Conv2d(5, 3, 3, padding: 1);
        torch.manual_seed(7);
        using var aligned = new AlignedConv2d(5, 3, 3, padding: 1);

        Assert.Equal(new[] { "weight", "bias" }, aligned.named_parameters().Select(p => p.name).ToArray());
        Assert.True(aligned.Weight.eq(plain.weight!).all().item<bool>());
        Assert.True(aligned.Bias!.eq(plain.bias!).all().item<bool>());
    }

    [Fact]
    public void Values_and_all_gradients_equal_the_plain_convolution_in_float64()
    {
        torch.manual_seed(3);
        using var conv = new AlignedConv2d(6, 3, 3, stride: 2, padding: 1);
        conv.to(ScalarType.Float64);
        using var input = torch.randn(new long[] { 2, 6, 9, 9 }, ScalarType.Float64).requires_grad_(true);
        using var plainInput = input.detach().clone().requires_grad_(true);
        using var weight = conv.Weight.detach().clone().requires_grad_(true);
        using var bias = conv.Bias!.detach().clone().requires_grad_(true);

        using var output = conv.call(input);
        using var expected = F.conv2d(plainInput, weight, bias, new long[] { 2, 2 }, new long[] { 1, 1 });
        using var upstream = torch.randn(expected.shape, ScalarType.Float64);
        output.backward(new[] { upstream });
        expected.backward(new[] { upstream });

        Assert.Equal(new long[] { 2, 3, 5, 5 }, output.shape);
        Assert.True(output.allclose(expected, rtol: 1e-12, atol: 1e-12));
        Assert.True(input.grad!.allclose(plainInput.grad!, rtol: 1e-12, atol: 1e-12));
        Assert.Equal(new long[] { 3, 6, 3, 3 }, conv.Weight.grad!.shape); // the zero filters leave no trace
        Assert.True(conv.Weight.grad!.allclose(weight.grad!, rtol: 1e-12, atol: 1e-12));
        Assert.True(conv.Bias.grad!.allclose(bias.grad!, rtol: 1e-12, atol: 1e-12));
    }

    [Fact]
    public void Saved_weights_load_into_nn_Conv2d_and_back()
    {
        torch.manual_seed(11);
        using var aligned = new AlignedConv2d(4, 8, 1);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) aligned.save(writer);
        buffer.Position = 0;
        using var plain = nn.Conv2d(4, 8, 1);
        using (var reader = new BinaryReader(buffer)) plain.load(reader);

        Assert.True(plain.weight!.eq(aligned.Weight).all().item<bool>());
        Assert.True(plain.bias!.eq(aligned.Bias!).all().item<bool>());
    }

    [Fact]
    public void Every_convolution_in_the_source_tree_is_the_aligned_one()
    {
        var root = RepositoryFiles.Root;
        var allowed = new[] { "AlignedConv2d.cs", "NumericSelfCheck.cs" }; // the layer itself, and doctor's probe of torch's own
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !allowed.Contains(Path.GetFileName(file)))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .Where(hit => hit.line.Contains("nn.Conv2d(") || hit.line.Contains("conv2d(") || hit.line.Contains("Conv1d(") || hit.line.Contains("ConvTranspose"))
            .Select(hit => $"{Path.GetRelativePath(root, hit.file)}:{hit.index + 1}: {hit.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "use AlignedConv2d (issue #10's oneDNN fault):\n" + string.Join("\n", offenders));
    }
}
