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
/// <param name="DiagnosisMatches">Per image: whether the evaluator gives it its target's diagnosis; null where the target
/// states none or there is no diagnosis head. Its mean over the images is <paramref name="DiagnosisAccuracy"/>.</param>
/// <param name="Alignments">Per image: the share of the heads its target constrains that the evaluator reads as asked;
/// null where it constrains none. With one target for all images (a prompt's samples) its mean is the mean over the heads
/// of <paramref name="PerAttribute"/>'s accuracies.</param>
public sealed record PromptFidelityReport(
    int Images,
    double? ArtifactPrevalenceRate,
    int ArtifactImages,
    double? DiagnosisAccuracy,
    IReadOnlyList<HeadScore> PerAttribute,
    IReadOnlyList<bool?> ArtifactMatches,
    IReadOnlyList<bool?> DiagnosisMatches,
    IReadOnlyList<double?> Alignments);
