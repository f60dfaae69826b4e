namespace RL4Med.Augment.Runs.Evaluation;

/// <summary>Everything evaluate-generator measured.</summary>
/// <param name="DistanceFeatures">Per distance label (<see cref="DiagnosisDistance.ResNet18Label"/>, ...): the features it is measured on.</param>
/// <param name="SamplesPerPrompt">Seeded samples per prompt.</param>
/// <param name="Prompts">Per generator and subgroup prompt.</param>
/// <param name="Distances">Per generator and diagnosis.</param>
public sealed record GeneratorEvaluationResult(
    IReadOnlyDictionary<string, string> DistanceFeatures,
    int SamplesPerPrompt,
    IReadOnlyList<PromptEvaluation> Prompts,
    IReadOnlyList<DiagnosisDistance> Distances);
