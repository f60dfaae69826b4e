using RL4Med.Augment.Data.Subgroups;
using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Rewards.Reward;

namespace RL4Med.Augment.GeneratorMetrics;

/// <summary>The paper's prompt-fidelity metrics: artifact prevalence rate (APR), diagnosis accuracy, accuracy per attribute.</summary>
public static class PromptFidelity
{
    /// <summary>Scores <paramref name="prediction"/> (the evaluator's view of generated images) against each image's prompt target.</summary>
    public static PromptFidelityReport Measure(AttributePrediction prediction, IReadOnlyList<AttributeTarget> targets)
    {
        if (targets.Count != prediction.Count) throw new ArgumentException($"{targets.Count} targets for {prediction.Count} images");
        var heads = prediction.Heads;
        var labels = targets.Select(t => heads.Encode(t.Values)).ToList();
        var artifacts = Enumerable.Range(0, heads.Count).Where(h => heads[h].IsBinary).ToList();
        int diagnosisHead = Enumerable.Range(0, heads.Count).FirstOrDefault(h => heads[h].Name == SubgroupSpec.DiagnosisAttribute, -1);

        var matches = new bool?[labels.Count];
        var diagnosisMatches = new bool?[labels.Count];
        var alignments = new double?[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            bool Matches(int h) => prediction.PredictedClass(i, h) == labels[i][h];
            var stated = Enumerable.Range(0, heads.Count).Where(h => labels[i][h] != AttributeHeads.Unknown).ToList();
            var constrained = stated.Intersect(artifacts).ToList();
            if (constrained.Count > 0) matches[i] = constrained.All(Matches);
            if (stated.Contains(diagnosisHead)) diagnosisMatches[i] = Matches(diagnosisHead);
            if (stated.Count > 0) alignments[i] = (double)stated.Count(Matches) / stated.Count;
        }
        int artifactImages = matches.Count(m => m.HasValue), allArtifactsMatch = matches.Count(m => m == true);

        var perAttribute = HeadAccuracy.Measure(prediction, labels);
        var diagnosis = perAttribute.FirstOrDefault(s => s.Name == SubgroupSpec.DiagnosisAttribute);
        return new PromptFidelityReport(prediction.Count,
            artifactImages > 0 ? (double)allArtifactsMatch / artifactImages : null, artifactImages,
            diagnosis?.Accuracy, perAttribute, matches, diagnosisMatches, alignments);
    }
}
