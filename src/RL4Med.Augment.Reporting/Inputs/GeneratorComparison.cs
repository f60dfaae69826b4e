namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>
/// The generator claim's evidence from the generator evaluation: the pretrained against the DDPO generator, judged by the
/// evaluator (never the reward model), per prompt and pooled over the rare and over the common prompts, with paired
/// percentile bootstrap intervals over the generated samples (drawn within each prompt, the same draws for both
/// generators and every quantity).
/// </summary>
/// <param name="SamplesPerPrompt">Seeded samples per prompt.</param>
/// <param name="Resamples">Bootstrap resamples.</param>
/// <param name="ConfidenceLevel">Coverage of every interval.</param>
/// <param name="Apr">APR as the paper defines it (every requested artifact present and no other): the claim's quantity.</param>
/// <param name="Alignment">Alignment (share of the prompt's attributes shown); null when the evaluation did not record it per sample.</param>
/// <param name="DiagnosisAccuracy">Diagnosis accuracy; null when the evaluation did not record it per sample.</param>
public sealed record GeneratorComparison(
    int SamplesPerPrompt,
    int Resamples,
    double ConfidenceLevel,
    QuantityComparison Apr,
    QuantityComparison? Alignment,
    QuantityComparison? DiagnosisAccuracy)
{
    /// <summary>The quantities compared, APR first.</summary>
    public IEnumerable<QuantityComparison> Quantities() =>
        new[] { Apr, Alignment, DiagnosisAccuracy }.OfType<QuantityComparison>();
}
