using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>APR of both generators on one group of prompts, and the gain of DDPO.</summary>
/// <param name="Prompts">Prompts with at least one judged sample.</param>
/// <param name="Pretrained">Mean APR of the pretrained generator over the prompts, with its interval.</param>
/// <param name="Ddpo">Mean APR of the DDPO generator, with its interval.</param>
/// <param name="Gain">DDPO minus pretrained, with its paired interval.</param>
public sealed record AprGroup(int Prompts, IntervalEstimate Pretrained, IntervalEstimate Ddpo, PairedDifference Gain);
