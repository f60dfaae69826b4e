using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Data.Randomness;
using RL4Med.Augment.Metrics;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Runs.Evaluation;

/// <summary>
/// The generator claim's evidence: APR, alignment and diagnosis accuracy of the pretrained and the DDPO generator, per
/// prompt and mean over the rare and over the common prompts, with paired bootstrap intervals over the evaluation's
/// samples. One bootstrap draws samples within each prompt, the same draws for both generators (whose sample i shares
/// its seed) and for every quantity.
/// </summary>
public static class GeneratorEvidence
{
    private sealed record Quantity(string Name, string Definition, Func<PromptEvaluation, double[]?> Samples);

    private static readonly Quantity[] Quantities =
    [
        new("APR", "APR: share of images that show every artifact their prompt asks for and no other.",
            p => p.ArtifactMatches?.Select(Value).ToArray()),
        new("alignment", "Alignment: share of the prompt's attributes (diagnosis and artifacts) an image shows, the evaluator's version of the DDPO reward.",
            p => p.Alignments?.Select(a => a ?? double.NaN).ToArray()),
        new("diagnosis accuracy", "Diagnosis accuracy: share of images the evaluator gives the prompt's diagnosis.",
            p => p.DiagnosisMatches?.Select(Value).ToArray()),
    ];

    /// <summary>Values per pooled group (pretrained, DDPO, gain for rare then common) and the rare minus common gain.</summary>
    private const int PooledValues = 7;

    /// <summary>The bootstrap of a run's comparison: default resamples and level, seeded from the run seed's <see cref="SeedStream.EvaluationBootstrap"/>.</summary>
    public static BootstrapOptions Bootstrap(long runSeed) => new() { Seed = DerivedSeed.ForRandom(runSeed, SeedStream.EvaluationBootstrap) };

    /// <summary>
    /// The comparison of <paramref name="evaluation"/>, over the prompts both generators were evaluated on with the same
    /// number of per-sample APR results (other prompts are left out); null when there is none. Alignment and diagnosis
    /// accuracy are null unless every such prompt recorded them per sample for both generators.
    /// </summary>
    public static GeneratorComparison? From(GeneratorEvaluationResult evaluation, BootstrapOptions options)
    {
        var prompts = evaluation.Prompts.GroupBy(p => p.Subgroup)
            .Select(g => (Pretrained: g.FirstOrDefault(p => p.Generator == GeneratorNames.Pretrained), Ddpo: g.FirstOrDefault(p => p.Generator == GeneratorNames.Ddpo)))
            .Where(p => p.Pretrained?.ArtifactMatches is { } a && p.Ddpo?.ArtifactMatches is { } b && a.Count == b.Count && a.Count > 0)
            .Select(p => new PromptPair(p.Pretrained!, p.Ddpo!))
            .ToList();
        if (prompts.Count == 0) return null;
        bool[] recorded = Quantities.Select(q => prompts.All(p => q.Samples(p.Pretrained)?.Length == p.Count && q.Samples(p.Ddpo)?.Length == p.Count)).ToArray();
        var strata = prompts.Select(p =>
        {
            // Per source, the pretrained then the DDPO generator's values of every quantity; NaN where not judged or not recorded.
            double[][] sources = Quantities.SelectMany((q, at) => new[] { p.Pretrained, p.Ddpo }.Select(e => recorded[at]
                ? q.Samples(e)!
                : Enumerable.Repeat(double.NaN, p.Count).ToArray())).ToArray();
            return Enumerable.Range(0, p.Count).Select(i => sources.Select(values => values[i]).ToArray()).ToArray();
        }).ToList();
        bool[] rare = prompts.Select(p => p.Pretrained.IsRare).ToArray();
        var intervals = StratifiedSampleBootstrap.Run(strata, means => Quantities.SelectMany((_, at) => Statistic(means, at, rare)).ToArray(), options);

        int width = PooledValues + 3 * prompts.Count;
        QuantityComparison? Comparison(int at)
        {
            if (!recorded[at]) return null;
            int[] judged = strata.Select(samples => samples.Count(sample => !double.IsNaN(sample[2 * at]) && !double.IsNaN(sample[2 * at + 1]))).ToArray();
            PooledComparison Pooled(int offset, bool rareGroup)
            {
                int[] group = judged.Where((count, s) => rare[s] == rareGroup && count > 0).ToArray();
                return new PooledComparison(group.Length, group.Sum(), IntervalEstimate.From(intervals[at * width + offset]),
                    IntervalEstimate.From(intervals[at * width + offset + 1]), PairedDifference.From(intervals[at * width + offset + 2]));
            }
            var rows = prompts.Select((p, s) => (Prompt: p, At: at * width + PooledValues + 3 * s, Judged: judged[s]))
                .Select(r => new PromptComparison(r.Prompt.Pretrained.Subgroup, r.Prompt.Pretrained.IsRare, r.Judged,
                    IntervalEstimate.From(intervals[r.At]), IntervalEstimate.From(intervals[r.At + 1]), PairedDifference.From(intervals[r.At + 2])))
                .ToList();
            return new QuantityComparison(Quantities[at].Name, Quantities[at].Definition, Pooled(0, true), Pooled(3, false),
                PairedDifference.From(intervals[at * width + 6]), rows);
        }
        // APR is recorded for every prompt kept: that is what kept it.
        return new GeneratorComparison(evaluation.SamplesPerPrompt, options.Resamples, options.ConfidenceLevel, Comparison(0)!, Comparison(1), Comparison(2));
    }

    /// <summary>
    /// Quantity <paramref name="at"/> from the per-prompt means: per group of prompts (rare, then common) both generators'
    /// mean and the mean gain over the prompts where both are judged, the rare minus the common gain, then per prompt both
    /// generators' value and the gain.
    /// </summary>
    private static double[] Statistic(double[][] means, int at, bool[] rare)
    {
        var values = means.Select(m => (Pretrained: m[2 * at], Ddpo: m[2 * at + 1])).ToArray();
        double[] Group(bool rareGroup)
        {
            var judged = values.Where((v, s) => rare[s] == rareGroup && !double.IsNaN(v.Pretrained) && !double.IsNaN(v.Ddpo)).ToArray();
            return judged.Length == 0
                ? [double.NaN, double.NaN, double.NaN]
                : [judged.Average(v => v.Pretrained), judged.Average(v => v.Ddpo), judged.Average(v => v.Ddpo - v.Pretrained)];
        }
        double[] rareValues = Group(true), commonValues = Group(false);
        return [.. rareValues, .. commonValues, rareValues[2] - commonValues[2], .. values.SelectMany(v => new[] { v.Pretrained, v.Ddpo, v.Ddpo - v.Pretrained })];
    }

    private static double Value(bool? match) => match switch { true => 1, false => 0, null => double.NaN };

    /// <summary>One prompt's evaluations by both generators, <see cref="Count"/> samples each.</summary>
    private sealed record PromptPair(PromptEvaluation Pretrained, PromptEvaluation Ddpo)
    {
        public int Count => Pretrained.ArtifactMatches!.Count;
    }
}
