using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Tests.Support;
using TorchSharp;
using TorchSharp.Modules;

namespace RL4Med.Augment.Diffusion.Tests.Models;

public class DiffusionGeneratorTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    public void PredictsNoiseOfTheImageShapeForPromptsAndTheEmptyPrompt(int size)
    {
        using var model = TinyGenerator.Model(size);
        var tokenizer = TinyGenerator.Tokenizer();
        using var scope = torch.NewDisposeScope();
        var images = torch.randn(2, 3, size, size);
        var tokens = tokenizer.EncodeBatch(new[] { TinyGenerator.Prompts[0], "" });

        var prediction = model.call(images, torch.tensor(new long[] { 10, 900 }), tokens);

        Assert.Equal(new long[] { 2, 3, size, size }, prediction.shape);
        Assert.False(prediction.isnan().any().item<bool>());
    }

    [Fact]
    public void OutputStartsAtZeroButGradientsReachTheOutputLayer()
    {
        using var model = TinyGenerator.Model();
        var tokenizer = TinyGenerator.Tokenizer();
        using var scope = torch.NewDisposeScope();
        var noise = torch.randn(2, 3, 16, 16);

        var prediction = model.call(torch.randn(2, 3, 16, 16), torch.tensor(new long[] { 10, 900 }), tokenizer.EncodeBatch(TinyGenerator.Prompts.Take(2).ToArray()));
        torch.nn.functional.mse_loss(prediction, noise).backward();

        Assert.Equal(0, prediction.abs().max().item<float>());
        Assert.Contains(model.parameters(), p => p.grad is not null && p.grad.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void GroupNormsStartAtUnitScaleAndZeroShift()
    {
        using var model = TinyGenerator.Model();

        var norms = model.modules().OfType<GroupNorm>().ToArray();

        Assert.NotEmpty(norms);
        Assert.All(norms, n => Assert.Equal(1f, n.weight.min().item<float>()));
        Assert.All(norms, n => Assert.Equal(0f, n.bias!.abs().max().item<float>()));
    }

    [Fact]
    public void AttentionProjectionsAreNamedForAdapters()
    {
        using var model = TinyGenerator.Model();

        var names = model.named_parameters().Select(p => p.name).ToArray();

        foreach (var projection in new[] { "to_q", "to_k", "to_v", "to_out" })
        {
            Assert.Contains(names, n => n.StartsWith("unet.") && n.Contains($"crossAttention.{projection}.weight"));
            Assert.Contains(names, n => n.StartsWith("unet.") && n.Contains($"selfAttention.{projection}.weight"));
            Assert.Contains(names, n => n.StartsWith("textEncoder.") && n.Contains($"selfAttention.{projection}.weight"));
        }
    }

    [Fact]
    public void PaddingDoesNotChangeThePromptEncoding()
    {
        using var model = TinyGenerator.Model();
        using var scope = torch.NewDisposeScope();
        var tokenizer = TinyGenerator.Tokenizer();
        var tokens = tokenizer.EncodeBatch(new[] { "a dermoscopic image of nevus showing hair" });
        var reference = model.EncodeText(tokens);

        // Changing the padding embedding must not leak into the words' encodings or the pooled vector.
        using (torch.no_grad())
            model.get_parameter("textEncoder.tokenEmbedding.weight")![0].add_(5);
        var changed = model.EncodeText(tokens);

        var words = TinyGenerator.Prompts[2].Split(' ').Length + 1; // "hair" and no comma: 7 tokens
        Assert.True(torch.allclose(reference.Tokens[.., ..words], changed.Tokens[.., ..words], atol: 1e-6));
        Assert.True(torch.allclose(reference.Pooled, changed.Pooled, atol: 1e-6));
    }

    [Fact]
    public void InvalidOptionsNameTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => TinyGenerator.Options(imageSize: 15).Validate());
        Assert.Contains("ImageSize", error.Message);
    }
}
