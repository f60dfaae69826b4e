using TorchSharp;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Prompts;
using RL4Med.Augment.Diffusion.Sampling;

namespace RL4Med.Augment.Diffusion.Checkpoints;

/// <summary>
/// A generator ready for sampling: the EMA weights, the tokenizer and the model shape, and for a latent generator the
/// latent space its samples are decoded from.
/// </summary>
public sealed class TrainedGenerator : IDisposable
{
    /// <summary>
    /// Wraps a generator, its tokenizer and (for a latent generator) its <paramref name="latent"/> space; takes ownership of
    /// <paramref name="model"/> and <paramref name="latent"/>.
    /// </summary>
    public TrainedGenerator(DiffusionGenerator model, PromptTokenizer tokenizer, int trainedSteps, LatentSpace? latent = null)
    {
        Model = model;
        Tokenizer = tokenizer;
        TrainedSteps = trainedSteps;
        Latent = latent;
    }

    /// <summary>The generator (in eval mode after <see cref="Load"/>).</summary>
    public DiffusionGenerator Model { get; }

    /// <summary>The tokenizer over the training prompts' vocabulary.</summary>
    public PromptTokenizer Tokenizer { get; }

    /// <summary>Optimizer steps the weights were trained for.</summary>
    public int TrainedSteps { get; }

    /// <summary>The latent space the U-Net works in, or null when it works on pixels.</summary>
    public LatentSpace? Latent { get; }

    /// <summary>Side of the images the generator's samples decode to, in pixels.</summary>
    public int OutputImageSize => Model.Options.ImageSize * (Latent?.DownsamplingFactor ?? 1);

    /// <summary>A DDIM sampler over this generator (decoding latents to images for a latent generator).</summary>
    public DdimSampler CreateSampler() => new(Model, Tokenizer, Latent);

    /// <summary>
    /// Loads a generator file or a training checkpoint (whose EMA weights are used) onto <paramref name="device"/>
    /// (the CPU when null).
    /// </summary>
    public static TrainedGenerator Load(string path, torch.Device? device = null)
    {
        var (header, sections) = CheckpointFile.Open(path);
        using (sections)
        {
            var tokenizer = new PromptTokenizer(header.Vocabulary, header.MaxPromptTokens);
            var latent = header.Latent is { } space ? LatentSpace.Read(space, sections).To(device ?? torch.CPU) : null;
            var model = new DiffusionGenerator(header.Model, tokenizer.VocabularySize, tokenizer.MaxLength);
            model.load(sections);
            if (header.Kind == CheckpointKind.Training)
                model.load(sections); // the raw weights come first; the EMA weights that follow replace them
            model.to(device ?? torch.CPU);
            model.eval();
            return new TrainedGenerator(model, tokenizer, header.Step, latent);
        }
    }

    /// <summary>Writes a sampling-only generator file (header and weights), atomically.</summary>
    public void Save(string path) => Save(path, Model, Tokenizer, TrainedSteps, Latent);

    /// <summary>Writes <paramref name="weights"/> (working in <paramref name="latent"/>, if any) as a sampling-only generator file, atomically.</summary>
    internal static void Save(string path, DiffusionGenerator weights, PromptTokenizer tokenizer, int trainedSteps, LatentSpace? latent)
    {
        var header = new CheckpointHeader
        {
            Kind = CheckpointKind.Generator,
            Step = trainedSteps,
            Model = weights.Options,
            Vocabulary = tokenizer.Vocabulary.ToArray(),
            MaxPromptTokens = tokenizer.MaxLength,
            Latent = latent?.Header,
        };
        CheckpointFile.WriteAtomically(path, header, writer =>
        {
            latent?.WriteWeights(writer);
            weights.save(writer);
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Model.Dispose();
        Latent?.Dispose();
    }
}
