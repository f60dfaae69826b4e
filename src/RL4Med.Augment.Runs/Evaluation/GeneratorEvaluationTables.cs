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
    public static GeneratorEvaluation? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        var result = JsonSerializer.Deserialize<GeneratorEvaluationResult>(File.ReadAllText(path), JsonFormats.Readable)
                     ?? throw new InvalidDataException($"{path} holds no evaluation");
        return From(result);
    }

    /// <summary>Per prompt: APR, diagnosis accuracy and diversity of every generator; per diagnosis: Fréchet distances.</summary>
    public static GeneratorEvaluation From(GeneratorEvaluationResult result)
    {
        var generators = result.Prompts.Select(p => p.Generator).Distinct().ToList();
        var prompts = result.Prompts.GroupBy(p => p.Subgroup).Select(g => new GeneratorEvaluationRow(g.Key, g.First().IsRare,
            generators.SelectMany(name => g.FirstOrDefault(p => p.Generator == name) is { } p
                ? new[] { p.ArtifactPrevalenceRate ?? double.NaN, p.Alignment, p.DiagnosisAccuracy ?? double.NaN, p.Diversity }
                : new[] { double.NaN, double.NaN, double.NaN, double.NaN }).ToList())).ToList();
        var diagnoses = result.Distances.GroupBy(d => d.Diagnosis).Select(g => new GeneratorEvaluationRow(g.Key, false,
            generators.Select(name => g.FirstOrDefault(d => d.Generator == name)?.FrechetDistance ?? double.NaN).ToList())).ToList();
        return new GeneratorEvaluation(new[]
        {
            new GeneratorEvaluationTable("Per subgroup prompt", "subgroup",
                generators.SelectMany(g => new[] { $"APR {g}", $"alignment {g}", $"diagnosis accuracy {g}", $"diversity {g}" }).ToList(), prompts,
                $"Judged by the evaluator (not the reward model), {result.SamplesPerPrompt} seeded samples per prompt. APR (artifact prevalence rate): " +
                "share of images whose predicted artifact flags all match the prompt. Alignment: share of the prompt's attributes shown (the evaluator's " +
                "version of the DDPO reward). Diversity: mean pairwise distance of evaluator features."),
            new GeneratorEvaluationTable("Fréchet distance to the real training images", "diagnosis",
                generators.Select(g => $"FD {g}").ToList(), diagnoses, $"On {result.Features}; lower is closer."),
        });
    }
}
