namespace RL4Med.Augment.Runs.Evaluation;

/// <summary>One generator's images for one prompt, as the evaluator sees them.</summary>
/// <param name="Generator">Generator name (<c>pretrained</c>, <c>ddpo</c>).</param>
/// <param name="Subgroup">The subgroup the prompt stands for.</param>
/// <param name="Prompt">The prompt text.</param>
/// <param name="IsRare">Whether the subgroup is under-represented in the real training data.</param>
/// <param name="Images">Images sampled.</param>
/// <param name="ArtifactPrevalenceRate">The paper's APR: share of images whose predicted artifact flags all match the prompt.</param>
/// <param name="DiagnosisAccuracy">Share of images the evaluator gives the prompt's diagnosis.</param>
/// <param name="AttributeAccuracy">Per attribute head: share of images matching the prompt's value.</param>
/// <param name="Diversity">Mean pairwise distance of the images' evaluator features (collapse shows as a drop).</param>
/// <param name="ArtifactMatches">Per image, in sample order: whether it counts for APR (null: its prompt constrains no
/// artifact). Sample i of every generator starts from the same seeded noise, so the generators pair by index; null in
/// evaluations written before it was recorded.</param>
/// <param name="DiagnosisMatches">Per image, in sample order: whether the evaluator gives it the prompt's diagnosis (null:
/// not judged); null in evaluations written before it was recorded.</param>
/// <param name="Alignments">Per image, in sample order: the share of the prompt's attributes the evaluator reads as asked
/// (null: none judged); their mean is <see cref="Alignment"/>. Null in evaluations written before it was recorded.</param>
public sealed record PromptEvaluation(
    string Generator,
    string Subgroup,
    string Prompt,
    bool IsRare,
    int Images,
    double? ArtifactPrevalenceRate,
    double? DiagnosisAccuracy,
    IReadOnlyDictionary<string, double?> AttributeAccuracy,
    double Diversity,
    IReadOnlyList<bool?>? ArtifactMatches = null,
    IReadOnlyList<bool?>? DiagnosisMatches = null,
    IReadOnlyList<double?>? Alignments = null)
{
    /// <summary>
    /// Alignment: the mean over the prompt's attributes of <see cref="AttributeAccuracy"/>, i.e. the evaluator's version of
    /// the DDPO reward (the share of stated attributes shown), averaged over the images. NaN when nothing is judged.
    /// </summary>
    public double Alignment => AttributeAccuracy.Values.Where(v => v != null).Select(v => v!.Value).DefaultIfEmpty(double.NaN).Average();
}
