namespace RL4Med.Augment.Reporting.Computation;

/// <summary>One of the paper's claims, answered in one sentence whatever its sign.</summary>
/// <param name="Number">1 (generator) or 2 (classifier).</param>
/// <param name="Statement">The claim as the paper makes it.</param>
/// <param name="Outcome">Held, did not hold, undecided, or not judged.</param>
/// <param name="Sentence">The answer with the deciding difference and its interval.</param>
/// <param name="Rule">Exactly how the outcome is decided.</param>
public sealed record Claim(int Number, string Statement, ClaimOutcome Outcome, string Sentence, string Rule);
