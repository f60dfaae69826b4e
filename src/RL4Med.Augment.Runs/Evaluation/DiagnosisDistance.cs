namespace RL4Med.Augment.Runs.Evaluation;

/// <summary>
/// Fréchet distances of one generator's images of a diagnosis to the real training images of it, in two feature
/// spaces. <see cref="ResNet18Distance"/> uses a fixed ImageNet network, so it compares across runs, image sizes and
/// configurations. <see cref="EvaluatorFeatureDistance"/> is kept beside it because it measures the images the way the
/// evaluator that judges APR and alignment sees them, with features trained on these lesions; but the evaluator is
/// retrained with every run, so it compares generators within a run only.
/// </summary>
/// <param name="Generator">Generator name (<c>pretrained</c>, <c>ddpo</c>).</param>
/// <param name="Diagnosis">The diagnosis code.</param>
/// <param name="GeneratedImages">Generated images of the diagnosis (all its subgroup prompts together).</param>
/// <param name="RealImages">Real training images of the diagnosis.</param>
/// <param name="ResNet18Distance"><see cref="ResNet18Label"/>: on ImageNet ResNet-18 global-average-pool features.</param>
/// <param name="EvaluatorFeatureDistance"><see cref="EvaluatorFeatureLabel"/>: on the evaluator's pooled penultimate features.</param>
public sealed record DiagnosisDistance(
    string Generator,
    string Diagnosis,
    int GeneratedImages,
    int RealImages,
    double ResNet18Distance,
    double EvaluatorFeatureDistance)
{
    /// <summary>How reports name <see cref="ResNet18Distance"/> (not FID: the network is not Inception).</summary>
    public const string ResNet18Label = "FD (ResNet-18)";

    /// <summary>How reports name <see cref="EvaluatorFeatureDistance"/>.</summary>
    public const string EvaluatorFeatureLabel = "FD (evaluator features)";

    /// <summary>Why the image counts are shown next to every distance.</summary>
    public const string SampleSizeCaveat =
        "A Fréchet distance fits a mean and a covariance to each side (512 x 512 for ResNet-18); with fewer images than " +
        "feature dimensions the covariance is rank-deficient and the distance biased upwards, so compare distances of equal image counts only.";
}
