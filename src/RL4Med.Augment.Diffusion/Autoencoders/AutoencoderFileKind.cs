namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>What an autoencoder file holds after its header.</summary>
internal enum AutoencoderFileKind
{
    /// <summary>Weights and AdamW state, to resume training.</summary>
    Training,

    /// <summary>Only the weights, for encoding and decoding.</summary>
    Weights,
}
