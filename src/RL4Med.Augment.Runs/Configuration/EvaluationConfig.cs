namespace RL4Med.Augment.Runs.Configuration;

/// <summary>How <c>evaluate-generator</c> judges generators with the evaluator (never the reward model).</summary>
public sealed class EvaluationConfig
{
    /// <summary>Seeded samples per subgroup prompt.</summary>
    public int SamplesPerPrompt { get; set; } = 16;

    /// <summary>Images sampled together (memory, not results: every image has its own seed).</summary>
    public int BatchSize { get; set; } = 32;
}
