namespace RL4Med.Augment.Augmentation.Output;

/// <summary>
/// <c>augment_summary.json</c>: what augmentation planned and kept per subgroup, the generator and the settings.
/// Deterministic (no times, no paths), so a sharded run and a single run write the same file.
/// </summary>
/// <param name="GeneratorHash">SHA-256 of the generator file.</param>
/// <param name="Settings">The settings the images were made and filtered with.</param>
/// <param name="Subgroups">One entry per under-represented subgroup, in plan order.</param>
public sealed record AugmentationSummary(string GeneratorHash, AugmentationSettings Settings, IReadOnlyList<SubgroupOutcome> Subgroups)
{
    /// <summary>Images planned in all.</summary>
    public int Planned => Subgroups.Sum(s => s.Planned);

    /// <summary>Images generated in all (equal to <see cref="Planned"/> once finished).</summary>
    public int Generated => Subgroups.Sum(s => s.Generated);

    /// <summary>Images the reward filter dropped in all.</summary>
    public int Dropped => Subgroups.Sum(s => s.Dropped);

    /// <summary>Images in the synthetic manifest in all.</summary>
    public int Kept => Subgroups.Sum(s => s.Kept);
}

/// <summary>The settings of an augmentation, as recorded in its summary.</summary>
/// <param name="SubgroupsBy">The subgroup spec, e.g. <c>diagnosis x hair x ink</c>.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="Guidance">Classifier-free guidance scale.</param>
/// <param name="Steps">DDIM steps.</param>
/// <param name="Eta">DDIM eta.</param>
/// <param name="BatchSize">Images per generator (and scorer) batch.</param>
/// <param name="RewardScorer">The scorer's name; null without one.</param>
/// <param name="RewardThreshold">Images scoring below it were dropped; null keeps all.</param>
public sealed record AugmentationSettings(
    string SubgroupsBy, int Seed, double Guidance, int Steps, double Eta, int BatchSize, string? RewardScorer, double? RewardThreshold);

/// <summary>One subgroup's line of the summary.</summary>
/// <param name="Subgroup">The subgroup key, e.g. <c>diagnosis=mel, hair=0, ink=1</c>.</param>
/// <param name="RealTrain">Its real training images.</param>
/// <param name="Target">The count the quota aimed for.</param>
/// <param name="Planned">Synthetic images planned (the quota).</param>
/// <param name="Generated">Synthetic images generated.</param>
/// <param name="Dropped">Generated images the reward filter dropped.</param>
/// <param name="Kept">Images in the synthetic manifest: generated minus dropped.</param>
public sealed record SubgroupOutcome(string Subgroup, int RealTrain, int Target, int Planned, int Generated, int Dropped, int Kept);
