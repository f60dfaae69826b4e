using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>One quantity of both generators, the mean over a group of prompts, and the gain of DDPO.</summary>
/// <param name="Prompts">Prompts with at least one judged sample.</param>
/// <param name="Samples">Judged samples of those prompts.</param>
/// <param name="Pretrained">Mean over the prompts of the pretrained generator's value, with its interval.</param>
/// <param name="Ddpo">Mean over the prompts of the DDPO generator's value, with its interval.</param>
/// <param name="Gain">DDPO minus pretrained, with its paired interval.</param>
public sealed record PooledComparison(int Prompts, int Samples, IntervalEstimate Pretrained, IntervalEstimate Ddpo, PairedDifference Gain);
