using RL4Med.Augment.Ddpo.Logging;
using RL4Med.Augment.Ddpo.Lora;
using RL4Med.Augment.Ddpo.Training;
using RL4Med.Augment.Diffusion.Models;

namespace RL4Med.Augment.Ddpo.Checkpoints;

/// <summary>
/// The JSON part of a DDPO checkpoint: everything but the tensors. The trained weights (adapters or the whole
/// generator) and the AdamW state follow it as binary sections.
/// </summary>
internal sealed record DdpoCheckpointHeader
{
    /// <summary>Epochs completed when the checkpoint was written.</summary>
    public int Epoch { get; init; }

    /// <summary>The options of the run.</summary>
    public DdpoOptions Options { get; init; } = new();

    /// <summary>The adapters' shape, or null for full fine-tuning.</summary>
    public LoraSettings? Lora { get; init; }

    /// <summary>Shape of the pretrained generator the run started from, to refuse resuming on another one.</summary>
    public GeneratorModelOptions BaseModel { get; init; } = new();

    /// <summary>Vocabulary of the pretrained generator's tokenizer, checked like <see cref="BaseModel"/>.</summary>
    public string[] BaseVocabulary { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Sum of the squares of the pretrained generator's weights, to refuse resuming on another generator of the same
    /// shape (e.g. one pretrained again).
    /// </summary>
    public double BaseChecksum { get; init; }

    /// <summary>The per-prompt reward buffers of the advantage statistics.</summary>
    public Dictionary<string, double[]> RewardBuffers { get; init; } = new();

    /// <summary>The logs of the epochs completed so far.</summary>
    public List<DdpoEpochLog> History { get; init; } = new();
}
