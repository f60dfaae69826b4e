using RL4Med.Augment.Data.Randomness;
using TorchSharp.Modules;
using RL4Med.Augment.Ddpo.Lora;
using RL4Med.Augment.Diffusion.Checkpoints;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>
/// What DDPO trains and saves: LoRA adapters on a frozen generator, or the whole U-Net. The two modes differ only in
/// which parameters AdamW updates, what the checkpoint stores and what the sampling stage loads.
/// </summary>
internal abstract class TrainableWeights
{
    /// <summary>The parameters AdamW updates, in a fixed order (read after the model has moved to its device).</summary>
    public abstract IReadOnlyList<Parameter> Parameters();

    /// <summary>The adapters' shape, or null when the whole U-Net is trained.</summary>
    public abstract LoraSettings? Lora { get; }

    /// <summary>Writes the trained weights into a checkpoint.</summary>
    public abstract void Write(BinaryWriter writer);

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public abstract void Read(BinaryReader reader);

    /// <summary>Writes the file the sampling stage loads (see <see cref="TunedGenerator"/>) into <paramref name="directory"/>; returns its path.</summary>
    public abstract string Export(string directory);

    /// <summary>
    /// Sets up the weights <paramref name="options"/> ask for on <paramref name="generator"/>: attaches LoRA adapters or not,
    /// then freezes every other parameter.
    /// </summary>
    public static TrainableWeights For(TrainedGenerator generator, DdpoOptions options)
    {
        TrainableWeights weights = options.FullFineTuning
            ? new FullUNet(generator)
            : new Adapters(LoraAdapters.Attach(
                generator.Model, options.LoraRank, options.EffectiveLoraAlpha,
                DerivedSeed.Of(options.Seed, SeedStream.DdpoLoraInitialisation, 0, 0)));
        foreach (var parameter in generator.Model.parameters())
            parameter.requires_grad = false;
        foreach (var parameter in weights.Parameters())
            parameter.requires_grad = true;
        return weights;
    }

    private sealed class Adapters : TrainableWeights
    {
        private readonly LoraAdapters adapters;

        public Adapters(LoraAdapters adapters) => this.adapters = adapters;

        public override LoraSettings Lora => adapters.Settings;

        public override IReadOnlyList<Parameter> Parameters() => adapters.Parameters().ToArray();

        public override void Write(BinaryWriter writer) => adapters.WriteWeights(writer);

        public override void Read(BinaryReader reader) => adapters.ReadWeights(reader);

        public override string Export(string directory)
        {
            var path = Path.Combine(directory, TunedGenerator.LoraFileName);
            adapters.Save(path);
            return path;
        }
    }

    private sealed class FullUNet : TrainableWeights
    {
        private readonly TrainedGenerator generator;

        public FullUNet(TrainedGenerator generator) => this.generator = generator;

        public override LoraSettings? Lora => null;

        public override IReadOnlyList<Parameter> Parameters() => generator.Model.UNet.parameters().ToArray();

        // The whole generator: the frozen text encoder too, so that a checkpoint is also a complete model.
        public override void Write(BinaryWriter writer) => generator.Model.save(writer);

        public override void Read(BinaryReader reader) => generator.Model.load(reader);

        public override string Export(string directory)
        {
            var path = Path.Combine(directory, TunedGenerator.GeneratorFileName);
            generator.Save(path);
            return path;
        }
    }
}
