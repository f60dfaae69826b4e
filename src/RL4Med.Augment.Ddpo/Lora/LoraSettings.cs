namespace RL4Med.Augment.Ddpo.Lora;

/// <summary>The shape of a set of LoRA adapters, saved with their weights.</summary>
/// <param name="Rank">Rank r of every adapter.</param>
/// <param name="Alpha">Scale numerator: every update is multiplied by Alpha / Rank.</param>
/// <param name="Targets">
/// The adapted projections, as paths inside the U-Net (e.g. <c>middleBlock.attention.crossAttention.to_q</c>), in the
/// order their weights are stored.
/// </param>
public sealed record LoraSettings(int Rank, double Alpha, IReadOnlyList<string> Targets);
