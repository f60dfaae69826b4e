namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>The JSON part of an autoencoder file: enough to rebuild the network before reading its weights.</summary>
internal sealed record AutoencoderFileHeader
{
    public AutoencoderFileKind Kind { get; init; }

    /// <summary>Optimizer steps completed when the file was written.</summary>
    public int Step { get; init; }

    public AutoencoderOptions Model { get; init; } = new();

    /// <summary>The training options (null in a weights-only file).</summary>
    public AutoencoderTrainingOptions? Training { get; init; }
}
