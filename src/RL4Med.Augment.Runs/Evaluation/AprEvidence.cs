using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Metrics;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Runs.Evaluation;

/// <summary>
/// The generator claim's evidence: APR of the pretrained and the DDPO generator, mean over the rare and over the common
/// prompts, with paired bootstrap intervals over the evaluation's samples (drawn within each prompt, the same draws for
/// both generators, whose sample i shares its seed).
/// </summary>
public static class AprEvidence
{
    /// <summary>The comparison of <paramref name="evaluation"/>; null unless both generators were evaluated with per-sample results.</summary>
    public static AprComparison? From(GeneratorEvaluationResult evaluation, BootstrapOptions options)
    {
        var prompts = evaluation.Prompts.GroupBy(p => p.Subgroup)
            .Select(g => (Pretrained: g.FirstOrDefault(p => p.Generator == GeneratorNames.Pretrained), Ddpo: g.FirstOrDefault(p => p.Generator == GeneratorNames.Ddpo)))
            .Where(p => p.Pretrained?.ArtifactMatches is { } a && p.Ddpo?.ArtifactMatches is { } b && a.Count == b.Count && a.Count > 0)
            .ToList();
        if (prompts.Count == 0) return null;
        bool[] rare = prompts.Select(p => p.Pretrained!.IsRare).ToArray();
        var strata = prompts.Select(p => p.Pretrained!.ArtifactMatches!.Zip(p.Ddpo!.ArtifactMatches!, (a, b) => new[] { Value(a), Value(b) }).ToArray()).ToList();

        // Per group of prompts: both generators' mean APR and the mean gain over the prompts with judged samples.
        double[] Group(double[][] means, bool rareGroup)
        {
            var judged = means.Where((m, s) => rare[s] == rareGroup && !double.IsNaN(m[0])).ToArray();
            return judged.Length == 0
                ? [double.NaN, double.NaN, double.NaN]
                : [judged.Average(m => m[0]), judged.Average(m => m[1]), judged.Average(m => m[1] - m[0])];
        }
        var intervals = StratifiedSampleBootstrap.Run(strata, means =>
        {
            double[] rareValues = Group(means, true), commonValues = Group(means, false);
            return [.. rareValues, .. commonValues, rareValues[2] - commonValues[2]];
        }, options);

        AprGroup GroupOf(int at, bool rareGroup) => new(
            prompts.Where((_, s) => rare[s] == rareGroup && strata[s].Any(sample => !double.IsNaN(sample[0]))).Count(),
            IntervalEstimate.From(intervals[at]), IntervalEstimate.From(intervals[at + 1]), PairedDifference.From(intervals[at + 2]));
        return new AprComparison(evaluation.SamplesPerPrompt, options.Resamples, options.ConfidenceLevel,
            GroupOf(0, true), GroupOf(3, false), PairedDifference.From(intervals[6]));
    }

    private static double Value(bool? match) => match switch { true => 1, false => 0, null => double.NaN };
}
