using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Tests.Support;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Tests.Models;

public class AttentionAdapterTests
{
    [Fact]
    public void An_adapter_adds_its_output_to_the_projection_output()
    {
        using var attention = new Attention("attention", 8, 8, heads: 2);
        using var scope = torch.NewDisposeScope();
        var tokens = torch.randn(2, 5, 8);
        var plain = attention.call(tokens, null, null);

        // An adapter on to_out that adds 1 everywhere shifts the whole output by exactly 1.
        attention.AttachAdapter("to_out", new ConstantAdapter(1f));
        var adapted = attention.call(tokens, null, null);

        Assert.True(torch.allclose(plain + 1, adapted, atol: 1e-6));
        Assert.Contains(attention.named_modules(), m => m.name == "to_out_adapter");
    }

    [Fact]
    public void A_zero_adapter_leaves_the_output_bitwise_unchanged()
    {
        using var attention = new Attention("attention", 8, 4, heads: 2);
        using var scope = torch.NewDisposeScope();
        var tokens = torch.randn(2, 5, 8);
        var context = torch.randn(2, 3, 4);
        var plain = attention.call(tokens, context, null);

        foreach (var projection in Attention.ProjectionNames)
            attention.AttachAdapter(projection, new ConstantAdapter(0f));

        Assert.True(plain.Equals(attention.call(tokens, context, null)));
    }

    [Fact]
    public void Adapter_parameters_are_listed_with_the_model_and_names_are_checked()
    {
        using var attention = new Attention("attention", 8, 8, heads: 2);
        var before = attention.parameters().Count();

        attention.AttachAdapter("to_k", new ConstantAdapter(0f));

        Assert.Equal(before + 1, attention.parameters().Count());
        Assert.Contains(attention.named_parameters(), p => p.name == "to_k_adapter.shift");
        Assert.Same(attention.Projection("to_k"), attention.named_modules().Single(m => m.name == "to_k").module);
        Assert.Throws<ArgumentException>(() => attention.AttachAdapter("to_x", new ConstantAdapter(0f)));
        Assert.Throws<InvalidOperationException>(() => attention.AttachAdapter("to_k", new ConstantAdapter(0f)));
    }

    [Fact]
    public void The_generator_exposes_its_UNet_whose_parameters_exclude_the_text_encoder()
    {
        using var model = TinyGenerator.Model();

        var unetParameters = model.UNet.parameters().Count();
        var textParameters = model.named_parameters().Count(p => p.name.StartsWith("textEncoder."));

        Assert.Equal(model.parameters().Count(), unetParameters + textParameters);
        Assert.Contains(model.UNet.modules(), m => m is Attention);
    }

    /// <summary>Adds the same learnable value to every output feature.</summary>
    private sealed class ConstantAdapter : nn.Module<Tensor, Tensor>
    {
        private readonly Parameter shift;

        public ConstantAdapter(float value) : base(nameof(ConstantAdapter))
        {
            shift = nn.Parameter(torch.tensor(value));
            RegisterComponents();
        }

        // Every projection of these 8-wide attentions outputs 8 features, whatever its input width.
        public override Tensor forward(Tensor input) => shift.expand(input.shape[0], input.shape[1], 8);
    }
}
