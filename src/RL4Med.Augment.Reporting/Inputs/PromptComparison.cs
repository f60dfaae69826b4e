using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>One quantity of both generators on one prompt's samples, and the gain of DDPO.</summary>
/// <param name="Subgroup">The subgroup the prompt stands for.</param>
/// <param name="IsRare">Whether the subgroup is under-represented in the real training data.</param>
/// <param name="Samples">Judged samples (the prompt decides which are judged, so both generators have the same).</param>
/// <param name="Pretrained">The pretrained generator's value, with its interval.</param>
/// <param name="Ddpo">The DDPO generator's value, with its interval.</param>
/// <param name="Gain">DDPO minus pretrained, with its paired interval over the prompt's samples.</param>
public sealed record PromptComparison(string Subgroup, bool IsRare, int Samples, IntervalEstimate Pretrained, IntervalEstimate Ddpo, PairedDifference Gain);
