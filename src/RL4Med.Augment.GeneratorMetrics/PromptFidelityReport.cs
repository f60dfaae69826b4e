using RL4Med.Augment.Rewards.Heads;

namespace RL4Med.Augment.GeneratorMetrics;

/// <summary>How faithfully images show what their prompts asked for, judged by a classifier (the evaluator).</summary>
/// <param name="Images">Images judged.</param>
/// <param name="ArtifactPrevalenceRate">The paper's APR: the share of images whose predicted artifact flags all match the
/// prompt's, over the <paramref name="ArtifactImages"/> whose target constrains at least one flag; null when none does.</param>
/// <param name="ArtifactImages">Images whose target constrains at least one artifact flag.</param>
/// <param name="DiagnosisAccuracy">Accuracy of the diagnosis head against the prompts' diagnoses; null without a diagnosis head or target.</param>
/// <param name="PerAttribute">Accuracy and balanced accuracy per head, over the images whose target constrains it.</param>
/// <param name="ArtifactMatches">Per image: whether all its artifact flags match (APR's count); null where its target
/// constrains none. What a bootstrap over the images resamples.</param>
public sealed record PromptFidelityReport(
    int Images,
    double? ArtifactPrevalenceRate,
    int ArtifactImages,
    double? DiagnosisAccuracy,
    IReadOnlyList<HeadScore> PerAttribute,
    IReadOnlyList<bool?> ArtifactMatches);
