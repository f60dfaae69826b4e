using RL4Med.Augment.Reporting.Computation;

namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>One quantity of the generator evaluation (e.g. APR), pretrained against DDPO, pooled and per prompt.</summary>
/// <param name="Name">The quantity as tables name it, e.g. <c>APR</c>.</param>
/// <param name="Definition">What it measures, one sentence, printed under its table.</param>
/// <param name="Rare">Mean over the rare (under-represented) prompts.</param>
/// <param name="Common">Mean over the other prompts.</param>
/// <param name="RareGainOverCommonGain">The rare prompts' gain minus the common prompts' gain: "most of all for rare prompts" when above 0.</param>
/// <param name="Prompts">Each prompt on its own, in evaluation order.</param>
public sealed record QuantityComparison(
    string Name,
    string Definition,
    PooledComparison Rare,
    PooledComparison Common,
    PairedDifference RareGainOverCommonGain,
    IReadOnlyList<PromptComparison> Prompts);
