using TorchSharp;
using TorchSharp.Modules;
using RL4Med.Augment.Ddpo.Checkpoints;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Diffusion.Models;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Lora;

/// <summary>
/// LoRA adapters on every attention projection (<c>to_q</c>, <c>to_k</c>, <c>to_v</c>, <c>to_out</c>) of a generator's
/// U-Net, as DDPO fine-tunes Stable Diffusion; the text encoder is left alone. The adapters are attached to the
/// model (see <see cref="Attention.AttachAdapter"/>), so sampling with the model uses them. Only the adapters are
/// saved: loading them onto a freshly loaded pretrained generator reproduces the tuned model.
/// </summary>
public sealed class LoraAdapters
{
    private const string FileMagic = "RL4Med.Augment.Ddpo.LoraAdapters";
    private const int FileVersion = 1;

    private LoraAdapters(LoraSettings settings, IReadOnlyList<LoraLayer> layers)
    {
        Settings = settings;
        Layers = layers;
    }

    /// <summary>Rank, alpha and the adapted projections.</summary>
    public LoraSettings Settings { get; }

    /// <summary>The adapters, one per target, in the order of <see cref="LoraSettings.Targets"/>.</summary>
    public IReadOnlyList<LoraLayer> Layers { get; }

    /// <summary>The trainable parameters (every adapter's A and B), in a fixed order.</summary>
    public IEnumerable<Parameter> Parameters() => Layers.SelectMany(layer => layer.parameters());

    /// <summary>
    /// Attaches fresh adapters (B = 0, so the model's outputs are unchanged) of <paramref name="rank"/> and
    /// <paramref name="alpha"/> to every attention projection of <paramref name="model"/>'s U-Net, drawing every A from
    /// one generator seeded with <paramref name="seed"/>. The base weights are not frozen here.
    /// </summary>
    public static LoraAdapters Attach(DiffusionGenerator model, int rank, double alpha, long seed)
    {
        var projections = Projections(model);
        using var generator = new Generator((ulong)seed);
        var layers = new List<LoraLayer>(projections.Count);
        foreach (var (_, attention, projection) in projections)
        {
            var weight = attention.Projection(projection).weight;
            var layer = new LoraLayer($"{projection}_lora", weight.shape[1], weight.shape[0], rank, alpha, generator);
            layer.to(weight.device);
            attention.AttachAdapter(projection, layer);
            layers.Add(layer);
        }
        return new LoraAdapters(new LoraSettings(rank, alpha, projections.Select(p => p.Target).ToArray()), layers);
    }

    /// <summary>
    /// Attaches the adapters saved at <paramref name="path"/> to <paramref name="model"/>, a generator of the architecture
    /// they were trained on (freshly loaded, without adapters).
    /// </summary>
    public static LoraAdapters Load(string path, DiffusionGenerator model)
    {
        var (settings, sections) = HeaderedFile.Open<LoraSettings>(path, FileMagic, FileVersion);
        using (sections)
        {
            var adapters = AttachMatching(model, settings, path);
            adapters.ReadWeights(sections);
            return adapters;
        }
    }

    /// <summary>Writes the rank, alpha, targets and adapter weights to <paramref name="path"/>, atomically.</summary>
    public void Save(string path) => HeaderedFile.Write(path, FileMagic, FileVersion, Settings, WriteWeights);

    /// <summary>Attaches adapters shaped as <paramref name="settings"/> describes, after checking that the model has exactly those targets.</summary>
    internal static LoraAdapters AttachMatching(DiffusionGenerator model, LoraSettings settings, string source)
    {
        var targets = Projections(model).Select(p => p.Target).ToArray();
        if (!targets.SequenceEqual(settings.Targets))
            throw new InvalidDataException(
                $"The LoRA adapters in {source} target {settings.Targets.Count} projections that do not match this generator's " +
                $"{targets.Length} attention projections; load them onto the pretrained generator they were trained from.");
        return Attach(model, settings.Rank, settings.Alpha, seed: 0); // A is overwritten by the saved weights
    }

    /// <summary>Writes every adapter's state dict, in target order.</summary>
    internal void WriteWeights(BinaryWriter writer)
    {
        foreach (var layer in Layers)
            layer.save(writer);
    }

    /// <summary>Reads what <see cref="WriteWeights"/> wrote into the attached adapters.</summary>
    internal void ReadWeights(BinaryReader reader)
    {
        foreach (var layer in Layers)
            layer.load(reader);
    }

    // Every attention projection of the U-Net, in module order, with its path as the target name.
    private static IReadOnlyList<(string Target, Attention Attention, string Projection)> Projections(DiffusionGenerator model) =>
        model.UNet.named_modules()
            .Where(m => m.module is Attention)
            .SelectMany(m => Attention.ProjectionNames.Select(p => ($"{m.name}.{p}", (Attention)m.module, p)))
            .ToArray();
}
