namespace RL4Med.Augment.Diffusion.Checkpoints;

/// <summary>What a generator file holds after its header.</summary>
internal enum CheckpointKind
{
    /// <summary>Everything to resume training: raw weights, EMA weights, AdamW state.</summary>
    Training,

    /// <summary>Only the EMA weights, for sampling.</summary>
    Generator,
}
