namespace RL4Med.Augment.Diffusion.Sampling;

/// <summary>
/// Pads a sampling call to <see cref="SamplingOptions.PadToBatchSize"/> images and trims the padding off the result,
/// so that the network always sees the same batch shape (see there why that matters).
/// </summary>
internal static class BatchPadding
{
    /// <summary>The prompts and options of the padded call: copies of the last prompt (and seed) fill the batch.</summary>
    public static (IReadOnlyList<string> Prompts, SamplingOptions Options) Pad(IReadOnlyList<string> prompts, SamplingOptions options)
    {
        if (options.PadToBatchSize is not { } size || size == prompts.Count) return (prompts, options);
        if (size < prompts.Count)
            throw new ArgumentException($"{prompts.Count} prompts do not fit the fixed batch of {size} images.", nameof(prompts));
        var extra = size - prompts.Count;
        var paddedPrompts = prompts.Concat(Enumerable.Repeat(prompts[^1], extra)).ToArray();
        var paddedSeeds = options.Seeds?.Concat(Enumerable.Repeat(options.Seeds[^1], extra)).ToArray();
        return (paddedPrompts, options with { Seeds = paddedSeeds });
    }

    /// <summary>The first <paramref name="prompts"/>.Count images (and trajectory rows) of a padded <paramref name="result"/>, which it consumes.</summary>
    public static SamplingResult Trim(SamplingResult result, IReadOnlyList<string> prompts)
    {
        if (result.Prompts.Count == prompts.Count) return result;
        using (result)
        {
            var count = prompts.Count;
            var trajectory = result.Trajectory is { } recorded
                ? new DdimTrajectory(recorded.Timesteps, recorded.Latents[..count].clone(), recorded.LogProbs?[..count].clone())
                : null;
            return new SamplingResult(prompts.ToArray(), result.Images[..count].clone(), trajectory);
        }
    }
}
