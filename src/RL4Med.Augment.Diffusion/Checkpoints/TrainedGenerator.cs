using TorchSharp;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Prompts;
using RL4Med.Augment.Diffusion.Sampling;

namespace RL4Med.Augment.Diffusion.Checkpoints;

/// <summary>A generator ready for sampling: the EMA weights, the tokenizer and the model shape.</summary>
public sealed class TrainedGenerator : IDisposable
{
    /// <summary>Wraps a generator and its tokenizer; takes ownership of <paramref name="model"/>.</summary>
    public TrainedGenerator(DiffusionGenerator model, PromptTokenizer tokenizer, int trainedSteps)
    {
        Model = model;
        Tokenizer = tokenizer;
        TrainedSteps = trainedSteps;
    }

    /// <summary>The generator (in eval mode after <see cref="Load"/>).</summary>
    public DiffusionGenerator Model { get; }

    /// <summary>The tokenizer over the training prompts' vocabulary.</summary>
    public PromptTokenizer Tokenizer { get; }

    /// <summary>Optimizer steps the weights were trained for.</summary>
    public int TrainedSteps { get; }

    /// <summary>A DDIM sampler over this generator.</summary>
    public DdimSampler CreateSampler() => new(Model, Tokenizer);

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
            var model = new DiffusionGenerator(header.Model, tokenizer.VocabularySize, tokenizer.MaxLength);
            model.load(sections);
            if (header.Kind == CheckpointKind.Training)
                model.load(sections); // the raw weights come first; the EMA weights that follow replace them
            model.to(device ?? torch.CPU);
            model.eval();
            return new TrainedGenerator(model, tokenizer, header.Step);
        }
    }

    /// <summary>Writes a sampling-only generator file (header and weights), atomically.</summary>
    public void Save(string path) => Save(path, Model, Tokenizer, TrainedSteps);

    /// <summary>Writes <paramref name="weights"/> as a sampling-only generator file, atomically.</summary>
    internal static void Save(string path, DiffusionGenerator weights, PromptTokenizer tokenizer, int trainedSteps)
    {
        var header = new CheckpointHeader
        {
            Kind = CheckpointKind.Generator,
            Step = trainedSteps,
            Model = weights.Options,
            Vocabulary = tokenizer.Vocabulary.ToArray(),
            MaxPromptTokens = tokenizer.MaxLength,
        };
        CheckpointFile.WriteAtomically(path, header, writer => weights.save(writer));
    }

    /// <inheritdoc />
    public void Dispose() => Model.Dispose();
}
