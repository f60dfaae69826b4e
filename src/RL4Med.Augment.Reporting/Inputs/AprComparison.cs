using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>
/// The generator claim's evidence from the generator evaluation: APR (every requested artifact present and no other, as
/// the evaluator judges) of the pretrained and the DDPO generator, mean over the rare and over the common prompts, with
/// paired percentile bootstrap intervals over the generated samples.
/// </summary>
/// <param name="SamplesPerPrompt">Seeded samples per prompt.</param>
/// <param name="Resamples">Bootstrap resamples.</param>
/// <param name="ConfidenceLevel">Coverage of every interval.</param>
/// <param name="Rare">The rare (under-represented) prompts.</param>
/// <param name="Common">The other prompts.</param>
/// <param name="RareGainOverCommonGain">The rare prompts' gain minus the common prompts' gain: "most of all for rare prompts" when above 0.</param>
public sealed record AprComparison(
    int SamplesPerPrompt,
    int Resamples,
    double ConfidenceLevel,
    AprGroup Rare,
    AprGroup Common,
    PairedDifference RareGainOverCommonGain);
