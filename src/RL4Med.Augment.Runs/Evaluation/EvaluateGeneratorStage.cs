using RL4Med.Augment.Data.Randomness;
using RL4Med.Augment.Runs.Stages;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RL4Med.Augment.Augmentation.Generation;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Pretrained.ResNet18;
using RL4Med.Augment.Reporting.Rendering;
using RL4Med.Augment.Rewards.Checkpoints;
using RL4Med.Augment.GeneratorMetrics;
using RL4Med.Augment.Rewards.Images;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Rewards.Reward;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Generation;
using RL4Med.Augment.Runs.Layout;
using RL4Med.Augment.Torch.Devices;
using TorchSharp;

namespace RL4Med.Augment.Runs.Evaluation;

/// <summary>
/// Stage <c>evaluate-generator</c>: every trained generator, side by side, judged by the EVALUATOR (another seed,
/// width and half of the lesions than the reward model DDPO optimised), per subgroup prompt: APR, diagnosis and
/// per-attribute accuracy, diversity, and per diagnosis the Fréchet distances (<see cref="DiagnosisDistance"/>) to the
/// real training images. On demo data the evaluator learned the renderer's ground-truth labels, so its verdict is the true alignment.
/// </summary>
public sealed class EvaluateGeneratorStage(RunConfig config, RunLayout layout, StageOptions? options = null) : IRunStage
{
    /// <inheritdoc />
    public string Name => "evaluate-generator";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [layout.Manifest, layout.Evaluator, .. layout.FindFinishedGenerators().Values.Select(g => g.IdentityFile)];

    /// <inheritdoc />
    public bool StopsAtCheckpoint => false;

    /// <inheritdoc />
    public StageOutcome Run(IStageProgress progress, CancellationToken cancellation) =>
        StageOutcome.Finished(Run((options ?? new()).Device, line => progress.Update(0, 1, $"evaluate-generator  {line}")));

    /// <summary>The configuration and the generators and evaluator judged, by hash: any change makes the evaluation stale.</summary>
    private object Settings => new
    {
        config.Seed,
        config.Subgroups.By,
        config.Evaluation,
        config.Generator.Sampling,
        Generators = layout.FindFinishedGenerators().Values.ToDictionary(g => g.Name, g => FileHash.Of(g.IdentityFile)),
        Evaluator = FileHash.Of(EvaluatorWeights),
        Distances = new[] { DiagnosisDistance.ResNet18Label, DiagnosisDistance.EvaluatorFeatureLabel },
    };

    private string EvaluatorWeights => Path.Combine(layout.Evaluator, TrainedAttributeClassifier.WeightsFileName);

    /// <summary>Whether every trained generator has been evaluated with these settings.</summary>
    public bool IsComplete =>
        layout.FindFinishedGenerators().Count > 0 && File.Exists(EvaluatorWeights)
        && StageMarker.Matches(layout.Evaluation, Settings);

    /// <summary>Evaluates every generator that exists; writes JSON, Markdown, grids and model cards.</summary>
    public EvaluatedGenerators Run(string device, Action<string>? log = null)
    {
        var generators = layout.FindFinishedGenerators();
        if (generators.Count == 0) throw new WorkflowStateException("no trained generator: run train-generator first", layout.PretrainedGenerator);
        string evaluatorFolder = layout.Evaluator;
        if (!TrainedAttributeClassifier.IsComplete(evaluatorFolder))
            throw new WorkflowStateException("no evaluator: run train-generator --stage reward first", evaluatorFolder);

        var torchDevice = DeviceChoice.Resolve(device);
        using var evaluator = TrainedAttributeClassifier.Load(evaluatorFolder, torchDevice);
        var heads = evaluator.Model.Heads;
        var manifest = ManifestCsv.Read(layout.Manifest);
        var counts = DatasetPreparer.CountSubgroups(manifest, config);
        var trainRows = manifest.Split(SplitNames.Train).Where(r => !r.IsSynthetic).ToList();
        var typical = new TypicalPrompts(new PromptBuilder(config.Dataset), trainRows);
        var subgroups = counts.Rows.Where(r => r.Key.IsFullyKnown).ToList();

        Dictionary<string, ImageFeatures> realByDiagnosis;
        // The real images' ResNet-18 features are cached per run; reruns and other stages read them back.
        using (var realResNet18 = new ResNet18Features(layout.ResNet18FeatureCache))
            realByDiagnosis = trainRows.GroupBy(r => r.Diagnosis).ToDictionary(g => g.Key, g =>
            {
                log?.Invoke($"features of {g.Count()} real {g.Key} images");
                using var images = LabelledImages.Load(manifest, g.ToList(), heads).ImageTensor();
                // Through the same tensor-to-bytes path as the generated images: both sides are quantised alike.
                return new ImageFeatures(realResNet18.Of(RgbaImages.FromTensor(images)), evaluator.Model.FeatureMatrix(images.to(torchDevice)));
            });
        // Generated images are new with every generator or setting that makes this stage run again: caching them would only grow the file.
        using var generatedResNet18 = new ResNet18Features(cachePath: null);

        Directory.CreateDirectory(Path.Combine(layout.Evaluation, "grids"));
        var prompts = new List<PromptEvaluation>();
        var distances = new List<DiagnosisDistance>();
        StageMarker.Clear(layout.Evaluation);
        foreach (var (name, source) in generators)
        {
            string path = source.IdentityFile;
            using var generator = source.Load(torchDevice);
            var sampler = generator.CreateSampler();
            var featuresByDiagnosis = new Dictionary<string, List<ImageFeatures>>();
            for (int p = 0; p < subgroups.Count; p++)
            {
                var subgroup = subgroups[p];
                var spec = typical.For(subgroup.Key);
                string prompt = typical.Describe(spec);
                log?.Invoke($"{name}: {subgroup.Key.Text}");
                var sampling = config.Generator.Sampling with { Seed = DerivedSeed.Of(config.Seed, SeedStream.EvaluationSampling, p) };
                using var result = sampler.Sample(Enumerable.Repeat(prompt, config.Evaluation.SamplesPerPrompt).ToList(), sampling);
                var prediction = evaluator.Model.Predict(result.Images);
                var targets = Enumerable.Repeat(AttributeTarget.FromPrompt(spec, heads), config.Evaluation.SamplesPerPrompt).ToList();
                var fidelity = PromptFidelity.Measure(prediction, targets);
                var features = evaluator.Model.FeatureMatrix(result.Images);
                prompts.Add(new PromptEvaluation(name, subgroup.Key.Text, prompt, subgroup.UnderRepresented, fidelity.Images,
                    fidelity.ArtifactPrevalenceRate, fidelity.DiagnosisAccuracy,
                    fidelity.PerAttribute.ToDictionary(h => h.Name, h => h.Accuracy), FeatureDiversity.MeanPairwiseDistance(features),
                    fidelity.ArtifactMatches, fidelity.DiagnosisMatches, fidelity.Alignments));
                if (!featuresByDiagnosis.TryGetValue(spec.Diagnosis, out var list)) featuresByDiagnosis[spec.Diagnosis] = list = new();
                list.Add(new ImageFeatures(generatedResNet18.Of(RgbaImages.FromTensor(result.Images)), features));
                ImageGridWriter.Write(Path.Combine(layout.Evaluation, "grids", $"{name}_{p:D2}.png"), result.Images,
                    Enumerable.Repeat(prompt, config.Evaluation.SamplesPerPrompt).ToList(), new ImageGridOptions { Columns = 8, CellSize = 96 });
            }
            foreach (var (diagnosis, parts) in featuresByDiagnosis)
            {
                var (generated, real) = (ImageFeatures.Stack(parts), realByDiagnosis[diagnosis]);
                distances.Add(new DiagnosisDistance(name, diagnosis, generated.Count, real.Count,
                    FrechetDistance.Between(generated.ResNet18, real.ResNet18), FrechetDistance.Between(generated.Evaluator, real.Evaluator)));
            }
            WriteModelCard(name, path, generator, prompts.Where(e => e.Generator == name).ToList(), distances.Where(d => d.Generator == name).ToList());
        }

        var distanceFeatures = new Dictionary<string, string>
        {
            [DiagnosisDistance.ResNet18Label] = $"ImageNet ResNet-18 global-average-pool features ({ResNet18Featurizer.FeatureWidth} values) of the 8-bit images " +
                                                $"resized to {ResNet18Featurizer.InputSize} px; a fixed network: comparable across runs, sizes and configurations",
            [DiagnosisDistance.EvaluatorFeatureLabel] = $"the evaluator's pooled penultimate features ({evaluator.Model.FeatureWidth} values), what APR and " +
                                                        "alignment are judged on; the evaluator is retrained with every run: compare within a run only",
        };
        var evaluation = new GeneratorEvaluationResult(distanceFeatures, config.Evaluation.SamplesPerPrompt, prompts, distances);
        var evaluated = new EvaluatedGenerators(evaluation, GeneratorEvidence.From(evaluation, GeneratorEvidence.Bootstrap(config.Seed)));
        AtomicFile.WriteAllText(Path.Combine(layout.Evaluation, GeneratorEvaluationTables.FileName), JsonSerializer.Serialize(evaluation, JsonFormats.Readable));
        AtomicFile.WriteAllText(Path.Combine(layout.Evaluation, GeneratorEvaluationTables.MarkdownFileName), Markdown(evaluated));
        StageMarker.Write(layout.Evaluation, Settings);
        return evaluated;
    }

    private static string F(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static string Distance(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>
    /// The tables as Markdown: per prompt (rare ones marked) for every generator side by side, pretrained against DDPO with
    /// intervals when both were evaluated (the report's generator claim tables), then the distances.
    /// </summary>
    public static string Markdown(EvaluatedGenerators evaluated)
    {
        var result = evaluated.Result;
        var generators = result.Prompts.Select(p => p.Generator).Distinct().ToList();
        var text = new StringBuilder();
        text.AppendLine("# Generator evaluation").AppendLine()
            .AppendLine($"Judged by the evaluator (not the reward model), {result.SamplesPerPrompt} seeded samples per prompt. " +
                        "APR: share of images whose predicted artifact flags all match the prompt. Alignment: share of the prompt's attributes shown " +
                        "(the evaluator's version of the reward). Diversity: mean pairwise feature distance.")
            .AppendLine();
        text.AppendLine("| subgroup | rare | " + string.Join(" | ", generators.Select(g => $"{g} APR | {g} alignment | {g} diagnosis | {g} diversity")) + " |");
        text.AppendLine("|---|---|" + string.Concat(generators.Select(_ => "---|---|---|---|")));
        foreach (var subgroup in result.Prompts.Select(p => p.Subgroup).Distinct())
        {
            var cells = generators.Select(g => result.Prompts.First(p => p.Generator == g && p.Subgroup == subgroup))
                .Select(p => $"{F(p.ArtifactPrevalenceRate)} | {F(p.Alignment)} | {F(p.DiagnosisAccuracy)} | {F(p.Diversity)}");
            bool rare = result.Prompts.First(p => p.Subgroup == subgroup).IsRare;
            text.AppendLine($"| {subgroup} | {(rare ? "yes" : "")} | {string.Join(" | ", cells)} |");
        }
        text.AppendLine().AppendLine("## Pretrained against DDPO").AppendLine();
        text.Append(evaluated.Comparison is { } comparison
            ? ReportWriter.Markdown(comparison)
            : $"Intervals compare the {GeneratorNames.Pretrained} with the {GeneratorNames.Ddpo} generator, sample by sample: evaluate both.\n");
        text.AppendLine().AppendLine("## Fréchet distances").AppendLine().AppendLine("Fréchet distances to the real training images of each diagnosis (lower is closer):").AppendLine();
        foreach (var (label, features) in result.DistanceFeatures) text.AppendLine($"- {label}: {features}.");
        text.AppendLine().AppendLine(DiagnosisDistance.SampleSizeCaveat).AppendLine();
        text.AppendLine($"| generator | diagnosis | generated images | real images | {DiagnosisDistance.ResNet18Label} | {DiagnosisDistance.EvaluatorFeatureLabel} |")
            .AppendLine("|---|---|---|---|---|---|");
        foreach (var d in result.Distances)
            text.AppendLine($"| {d.Generator} | {d.Diagnosis} | {d.GeneratedImages} | {d.RealImages} | {Distance(d.ResNet18Distance)} | {Distance(d.EvaluatorFeatureDistance)} |");
        return text.ToString();
    }

    /// <summary>A model card per generator: what it was trained on, how, and how it scored.</summary>
    private void WriteModelCard(string name, string path, TrainedGenerator generator, IReadOnlyList<PromptEvaluation> prompts, IReadOnlyList<DiagnosisDistance> distances)
    {
        var card = new
        {
            generator = name,
            file = path,
            dataset = config.Dataset.Source,
            imageSize = config.Images.Size,
            trainedSteps = generator.TrainedSteps,
            model = config.Generator.Model,
            pretraining = config.Generator.Pretrain,
            vocabulary = generator.Tokenizer.Vocabulary,
            meanArtifactPrevalenceRate = prompts.Where(p => p.ArtifactPrevalenceRate != null).Average(p => p.ArtifactPrevalenceRate),
            meanArtifactPrevalenceRateRare = prompts.Where(p => p.IsRare && p.ArtifactPrevalenceRate != null).Select(p => p.ArtifactPrevalenceRate).DefaultIfEmpty().Average(),
            meanDiagnosisAccuracy = prompts.Average(p => p.DiagnosisAccuracy),
            meanAlignment = prompts.Average(p => p.Alignment),
            meanAlignmentRare = prompts.Where(p => p.IsRare).Select(p => p.Alignment).DefaultIfEmpty(double.NaN).Average(),
            distances,
        };
        string folder = Path.Combine(layout.Evaluation, name);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, "model_card.json"), JsonSerializer.Serialize(card, JsonFormats.Readable));
        AtomicFile.WriteAllText(Path.Combine(folder, "model_card.md"),
            $"# Model card: {name} generator\n\n- file: `{path}`\n- data: {config.Dataset.Source}, {config.Images.Size} px, real training images of `{layout.Manifest}`\n" +
            $"- trained steps: {generator.TrainedSteps}; model channels [{string.Join(", ", config.Generator.Model.Channels)}]\n" +
            $"- prompt words: {string.Join(" ", generator.Tokenizer.Vocabulary)}\n" +
            $"- mean APR (evaluator): {F(card.meanArtifactPrevalenceRate)}; on rare subgroups: {F(card.meanArtifactPrevalenceRateRare)}\n" +
            $"- mean diagnosis accuracy (evaluator): {F(card.meanDiagnosisAccuracy)}\n" +
            $"- mean alignment (evaluator): {F(card.meanAlignment)}; on rare subgroups: {F(card.meanAlignmentRare)}\n" +
            string.Concat(distances.Select(d => $"- {d.Diagnosis}: {DiagnosisDistance.ResNet18Label} {Distance(d.ResNet18Distance)}, " +
                                                $"{DiagnosisDistance.EvaluatorFeatureLabel} {Distance(d.EvaluatorFeatureDistance)} " +
                                                $"({d.GeneratedImages} generated vs {d.RealImages} real images)\n")));
    }

    /// <summary>One set of images in both feature spaces the distances are measured in, a row per image.</summary>
    private sealed record ImageFeatures(float[,] ResNet18, float[,] Evaluator)
    {
        public int Count => ResNet18.GetLength(0);

        /// <summary>The sets one after another.</summary>
        public static ImageFeatures Stack(IReadOnlyList<ImageFeatures> parts) =>
            new(Stack(parts.Select(p => p.ResNet18).ToList()), Stack(parts.Select(p => p.Evaluator).ToList()));

        private static float[,] Stack(IReadOnlyList<float[,]> parts)
        {
            int rows = parts.Sum(p => p.GetLength(0)), columns = parts[0].GetLength(1);
            var stacked = new float[rows, columns];
            int at = 0;
            foreach (var part in parts)
            {
                Buffer.BlockCopy(part, 0, stacked, at * columns * sizeof(float), part.Length * sizeof(float));
                at += part.GetLength(0);
            }
            return stacked;
        }
    }
}
