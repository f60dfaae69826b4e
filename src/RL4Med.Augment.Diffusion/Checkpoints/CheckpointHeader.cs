using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Training;

namespace RL4Med.Augment.Diffusion.Checkpoints;

/// <summary>
/// The JSON part of a generator file: enough to rebuild the model and tokenizer before reading the weights.
/// </summary>
internal sealed record CheckpointHeader
{
    /// <summary>Which sections follow the header.</summary>
    public CheckpointKind Kind { get; init; }

    /// <summary>Optimizer steps completed when the file was written.</summary>
    public int Step { get; init; }

    /// <summary>The model shape.</summary>
    public GeneratorModelOptions Model { get; init; } = new();

    /// <summary>The training options (null in a sampling-only generator file).</summary>
    public GeneratorTrainingOptions? Training { get; init; }

    /// <summary>The tokenizer's words; word i has id i + 1.</summary>
    public string[] Vocabulary { get; init; } = Array.Empty<string>();

    /// <summary>The tokenizer's token row length.</summary>
    public int MaxPromptTokens { get; init; }

    /// <summary>
    /// The latent space of a latent generator (its autoencoder's weights are the first section, so that a generator file
    /// is complete on its own), or null for a generator on pixels.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public LatentSpaceHeader? Latent { get; init; }
}
