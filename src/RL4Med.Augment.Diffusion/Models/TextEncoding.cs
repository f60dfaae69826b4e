using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>
/// What the U-Net sees of a batch of prompts.
/// </summary>
/// <param name="Tokens">Per-token embeddings [B, L, textWidth], the keys and values of cross-attention.</param>
/// <param name="Pooled">Masked mean of <paramref name="Tokens"/> [B, textWidth], added to the timestep embedding.</param>
/// <param name="KeyMask">
/// [B, L] bool: tokens that may be attended to. Padding is masked out, except in all-padding rows (the empty,
/// unconditional prompt), which attend to every position so that the null condition is a learned embedding, not NaN.
/// </param>
public sealed record TextEncoding(Tensor Tokens, Tensor Pooled, Tensor KeyMask);
