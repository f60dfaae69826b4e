namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>
/// The part of a latent generator file's header that rebuilds its <see cref="LatentSpace"/>: the autoencoder's shape
/// (its weights follow the header) and the scaling factor the generator was trained with.
/// </summary>
/// <param name="Autoencoder">The autoencoder's shape.</param>
/// <param name="ScalingFactor">1 / standard deviation of the training latents.</param>
public sealed record LatentSpaceHeader(AutoencoderOptions Autoencoder, double ScalingFactor);
