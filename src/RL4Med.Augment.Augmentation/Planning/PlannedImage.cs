using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Augmentation.Planning;

/// <summary>One synthetic image of an <see cref="AugmentationPlan"/>, fixed before anything is generated.</summary>
/// <param name="Index">Position in the whole plan (0, 1, ...): names the image file and picks its shard.</param>
/// <param name="Key">The under-represented subgroup the image is for.</param>
/// <param name="Ordinal">Position within its subgroup; with the master seed and the key it determines the seed and prompt.</param>
/// <param name="Spec">What the prompt states: the key's values plus a real donor row's other prompted values.</param>
/// <param name="Prompt">The prompt text given to the generator.</param>
/// <param name="Seed">The image's own noise seed (see <see cref="ImageSeeds"/>).</param>
public sealed record PlannedImage(int Index, SubgroupKey Key, int Ordinal, PromptSpec Spec, string Prompt, long Seed)
{
    /// <summary>The image file, relative to an augmentation folder: <c>images/&lt;index&gt;_&lt;subgroup&gt;.png</c>.</summary>
    public string RelativePath => $"images/{Index:D6}_{Slug(Key)}.png";

    /// <summary>The synthetic sample id; also its group id, as every synthetic image is a lesion of its own.</summary>
    public string SampleId => $"synthetic-{Index:D6}";

    // diagnosis=mel, hair=1 -> diagnosis-mel_hair-1: file-name safe and still readable.
    private static string Slug(SubgroupKey key) =>
        string.Join('_', key.Values.Select(v => $"{Safe(v.Key)}-{Safe(v.Value)}"));

    private static string Safe(string text) =>
        new(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
