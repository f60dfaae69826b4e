using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Ddpo.Lora;
using RL4Med.Augment.Ddpo.Tests.Support;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Tests.Lora;

public class LoraAdaptersTests
{
    [Fact]
    public void Fresh_adapters_leave_the_generator_outputs_bitwise_unchanged()
    {
        using var generator = TinyDdpo.Pretrained();
        using var scope = torch.NewDisposeScope();
        var before = Predict(generator);

        LoraAdapters.Attach(generator.Model, rank: 4, alpha: 4, seed: 1);

        Assert.True(before.Equals(Predict(generator)));
    }

    [Fact]
    public void Every_attention_projection_of_the_UNet_and_none_of_the_text_encoder_is_adapted()
    {
        using var generator = TinyDdpo.Pretrained();
        var unetAttentions = generator.Model.UNet.modules().OfType<Attention>().Count();

        var adapters = LoraAdapters.Attach(generator.Model, rank: 2, alpha: 2, seed: 1);

        Assert.Equal(4 * unetAttentions, adapters.Settings.Targets.Count);
        foreach (var projection in Attention.ProjectionNames)
            Assert.Contains(adapters.Settings.Targets, t => t.EndsWith($"crossAttention.{projection}"));
        Assert.Equal(2 * adapters.Settings.Targets.Count, adapters.Parameters().Count());
        var adapterNames = generator.Model.named_parameters().Select(p => p.name).Where(TinyDdpo.IsAdapter).ToArray();
        Assert.Equal(adapters.Parameters().Count(), adapterNames.Length);
        Assert.All(adapterNames, name => Assert.StartsWith("unet.", name));
    }

    [Fact]
    public void Saved_adapters_loaded_onto_a_fresh_pretrained_generator_reproduce_its_outputs()
    {
        using var folder = new TemporaryDirectory();
        using var tuned = TinyDdpo.Pretrained();
        using var scope = torch.NewDisposeScope();
        var pretrainedOutput = Predict(tuned);
        var adapters = LoraAdapters.Attach(tuned.Model, rank: 4, alpha: 8, seed: 1);
        using (torch.no_grad())
        {
            foreach (var parameter in adapters.Parameters())
                parameter.add_(torch.randn(parameter.shape).mul_(0.1)); // as if trained
        }
        var tunedOutput = Predict(tuned);
        var path = Path.Combine(folder.Path, "adapters.bin");

        adapters.Save(path);
        using var reloaded = TinyDdpo.Pretrained();
        var loaded = LoraAdapters.Load(path, reloaded.Model);

        Assert.False(tunedOutput.Equals(pretrainedOutput));
        Assert.True(tunedOutput.Equals(Predict(reloaded)));
        Assert.Equal(adapters.Settings.Targets, loaded.Settings.Targets);
        Assert.Equal((4, 8.0), (loaded.Settings.Rank, loaded.Settings.Alpha));
    }

    [Fact]
    public void Adapters_do_not_load_onto_another_architecture_and_foreign_files_are_rejected()
    {
        using var folder = new TemporaryDirectory();
        using var generator = TinyDdpo.Pretrained();
        var path = Path.Combine(folder.Path, "adapters.bin");
        LoraAdapters.Attach(generator.Model, rank: 2, alpha: 2, seed: 1).Save(path);
        var tokenizer = TinyDdpo.Tokenizer();
        using var other = new DiffusionGenerator(TinyDdpo.ModelOptions() with { SelfAttentionLevels = Array.Empty<int>() }, tokenizer.VocabularySize, tokenizer.MaxLength);
        var foreign = Path.Combine(folder.Path, "foreign.bin");
        File.WriteAllText(foreign, "not adapters");

        Assert.Throws<InvalidDataException>(() => LoraAdapters.Load(path, other));
        Assert.Throws<InvalidDataException>(() => LoraAdapters.Load(foreign, other));
    }

    [Fact]
    public void The_update_is_scaled_by_alpha_over_rank()
    {
        using var scope = torch.NewDisposeScope();
        using var generatorA = new Generator(3);
        using var generatorB = new Generator(3);
        using var plain = new LoraLayer("plain", 6, 5, rank: 2, alpha: 2, generatorA);
        using var doubled = new LoraLayer("doubled", 6, 5, rank: 2, alpha: 4, generatorB);
        using (torch.no_grad())
        {
            foreach (var layer in new[] { plain, doubled })
                layer.named_parameters().Single(p => p.name == "up.weight").parameter.fill_(0.5f);
        }
        var input = torch.randn(3, 6);

        Assert.True(torch.allclose(plain.call(input) * 2, doubled.call(input), atol: 1e-6));
        Assert.True(plain.call(input).abs().sum().item<float>() > 0);
    }

    private static Tensor Predict(TrainedGenerator generator)
    {
        using var noGrad = torch.no_grad();
        using var random = new Generator(11);
        var images = torch.randn(new long[] { 2, 3, 16, 16 }, generator: random);
        var tokens = generator.Tokenizer.EncodeBatch(TinyDdpo.Prompts.Take(2).Select(p => p.Text).ToArray());
        return generator.Model.call(images, torch.tensor(new long[] { 20, 700 }), tokens);
    }
}
