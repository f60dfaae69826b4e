using RL4Med.Augment.Data.IO;
using System.Text.Json;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Runs.Evaluation;

/// <summary>evaluate-generator's results as the report's tables: per subgroup prompt (generators side by side), per diagnosis.</summary>
public static class GeneratorEvaluationTables
{
    /// <summary>File name of the evaluation results in the evaluation folder.</summary>
    public const string FileName = "generator_evaluation.json";

    /// <summary>File name of the same tables as Markdown, beside <see cref="FileName"/>.</summary>
    public const string MarkdownFileName = "generator_evaluation.md";

    /// <summary>The tables of the evaluation in <paramref name="folder"/>, or null when evaluate-generator has not run.</summary>
    public static GeneratorEvaluation? Read(string folder) => ReadResult(folder) is { } result ? From(result) : null;

    /// <summary>The evaluation in <paramref name="folder"/> as evaluate-generator wrote it, or null when it has not run.</summary>
    public static GeneratorEvaluationResult? ReadResult(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        GeneratorEvaluationResult? result;
        try
        {
            result = JsonSerializer.Deserialize<GeneratorEvaluationResult>(File.ReadAllText(path), JsonFormats.Readable);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path} is not an evaluation this version writes (run evaluate-generator again): {error.Message}", error);
        }
        return result ?? throw new InvalidDataException($"{path} holds no evaluation");
    }

    /// <summary>
    /// Per prompt: APR, diagnosis accuracy and diversity of every generator; per diagnosis: FD (ResNet-18), then FD
    /// (evaluator features), of every generator, the image counts in the row's label.
    /// </summary>
    public static GeneratorEvaluation From(GeneratorEvaluationResult result)
    {
        var generators = result.Prompts.Select(p => p.Generator).Distinct().ToList();
        var prompts = result.Prompts.GroupBy(p => p.Subgroup).Select(g => new GeneratorEvaluationRow(g.Key, g.First().IsRare,
            generators.SelectMany(name => g.FirstOrDefault(p => p.Generator == name) is { } p
                ? new[] { p.ArtifactPrevalenceRate ?? double.NaN, p.Alignment, p.DiagnosisAccuracy ?? double.NaN, p.Diversity }
                : new[] { double.NaN, double.NaN, double.NaN, double.NaN }).ToList())).ToList();
        // Every generator samples the same prompts, so a diagnosis has one count of generated images.
        var diagnoses = result.Distances.GroupBy(d => d.Diagnosis).Select(g => new GeneratorEvaluationRow(
            $"{g.Key} ({g.First().GeneratedImages} generated vs {g.First().RealImages} real images)", false,
            [
                .. generators.Select(name => g.FirstOrDefault(d => d.Generator == name)?.ResNet18Distance ?? double.NaN),
                .. generators.Select(name => g.FirstOrDefault(d => d.Generator == name)?.EvaluatorFeatureDistance ?? double.NaN),
            ])).ToList();
        return new GeneratorEvaluation(new[]
        {
            new GeneratorEvaluationTable("Per subgroup prompt", "subgroup",
                generators.SelectMany(g => new[] { $"APR {g}", $"alignment {g}", $"diagnosis accuracy {g}", $"diversity {g}" }).ToList(), prompts,
                $"Judged by the evaluator (not the reward model), {result.SamplesPerPrompt} seeded samples per prompt. APR (artifact prevalence rate): " +
                "share of images whose predicted artifact flags all match the prompt. Alignment: share of the prompt's attributes shown (the evaluator's " +
                "version of the DDPO reward). Diversity: mean pairwise distance of evaluator features."),
            new GeneratorEvaluationTable("Fréchet distance to the real training images", "diagnosis",
                [
                    .. generators.Select(g => $"{DiagnosisDistance.ResNet18Label} {g}"),
                    .. generators.Select(g => $"{DiagnosisDistance.EvaluatorFeatureLabel} {g}"),
                ], diagnoses,
                "Lower is closer. " + string.Concat(result.DistanceFeatures.Select(f => $"{f.Key}: {f.Value}. ")) + DiagnosisDistance.SampleSizeCaveat),
        });
    }
}
