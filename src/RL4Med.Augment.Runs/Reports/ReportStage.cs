using RL4Med.Augment.Data.Randomness;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Runs.Preparation;
using RL4Med.Augment.Runs.Stages;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Classification.Manifest;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Ddpo.Logging;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Data.Splits;
using RL4Med.Augment.Data.Subgroups;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Reporting.Rendering;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Evaluation;
using RL4Med.Augment.Runs.Layout;

namespace RL4Med.Augment.Runs.Reports;

/// <summary>
/// Stage <c>report</c>: the arms' predictions on the real test images, the subgroup counts, real and synthetic
/// examples, the configuration and seeds, computed into <c>report.html</c>, <c>report.md</c> and <c>report.json</c>.
/// </summary>
/// <para>With <c>testData</c> (a data configuration, prepared when needed, a folder in the layout of this run's dataset
/// section, prepared when needed, or a prepared <c>manifest.csv</c>), every saved arm scores that dataset instead and the report goes to <see cref="RunLayout.External"/>.</para>
public sealed class ReportStage(RunConfig config, RunLayout layout, string configurationText, string? testData = null, StageOptions? options = null)
    : IRunStage
{
    /// <inheritdoc />
    public string Name => testData is null ? "report" : $"report {testData}";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => AvailableArms.Select(a => Path.Combine(layout.Arm(a), TrainClassifierStage.PredictionsFileName)).ToList();

    /// <summary>Never: the report is cheap, and is written again from whatever the arms are now.</summary>
    public bool IsComplete => false;

    /// <inheritdoc />
    public bool StopsAtCheckpoint => false;

    /// <inheritdoc />
    public StageOutcome Run(IStageProgress progress, CancellationToken cancellation)
    {
        progress.Update(0, 1, $"{Name}: scoring {string.Join(", ", AvailableArms)} (bootstrap intervals)");
        if (testData is null) return StageOutcome.Finished(Run());
        var (name, manifest) = PreparedTestSet(testData, options ?? new());
        return StageOutcome.Finished(RunOn(name, manifest));
    }

    /// <summary>
    /// The test set's name and manifest: a manifest as given; a folder in the layout of this run's dataset section (its
    /// data root), prepared into <see cref="RunLayout.External"/> unless already; or a data configuration, prepared unless already.
    /// </summary>
    private (string Name, string Manifest) PreparedTestSet(string testData, StageOptions options)
    {
        if (testData.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            return (Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(testData))) ?? "external", testData);
        if (Directory.Exists(Path.GetFullPath(testData, options.WorkingDirectory))) return PreparedFolder(testData, options);
        var testConfig = DataConfigLoader.Load<DataConfig>(testData);
        return (testConfig.Name, Prepared(testConfig, new RunLayout(testConfig.ResolveRunFolder(options.WorkingDirectory)), options, options.DataRoot));
    }

    /// <summary>
    /// A folder laid out as this run's dataset section expects its data root (e.g. HAM10000's metadata, images and
    /// annotations): imported with the same dataset, image and subgroup settings; a missing file is an error naming the
    /// folder and the file.
    /// </summary>
    private (string Name, string Manifest) PreparedFolder(string folder, StageOptions options)
    {
        string root = Path.GetFullPath(folder, options.WorkingDirectory);
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(root));
        if (config.Dataset.Source == "demo")
            throw new InputDataException(
                $"--test-data is a folder, but this configuration's dataset source is 'demo' (rendered, not read from files): a folder " +
                "needs a configuration whose dataset is read from files, e.g. source 'ham10000'", root);
        var files = config.Dataset.Files;
        foreach (var (option, path) in new[] { ("metadata", files.Metadata), ("imageFolder", files.ImageFolder), ("annotations", files.Annotations) })
        {
            if (string.IsNullOrEmpty(path)) continue;
            string full = Path.GetFullPath(path, root);
            if (!File.Exists(full) && !Directory.Exists(full))
                throw new InputDataException($"not in the layout of the configuration's dataset section: dataset.files.{option} '{path}' is missing ({full})", root);
        }
        var external = new DataConfig
        {
            Name = name, Seed = config.Seed, RunFolder = layout.External(name),
            Dataset = config.Dataset, Images = config.Images, Split = config.Split, Subgroups = config.Subgroups,
        };
        return (name, Prepared(external, new RunLayout(layout.External(name)), options, root));
    }

    private static string Prepared(DataConfig testConfig, RunLayout testLayout, StageOptions options, string dataRoot)
    {
        var stage = new PrepareDataStage(testConfig, testLayout, options.WorkingDirectory, dataRoot);
        if (!stage.IsComplete) stage.Run();
        return testLayout.Manifest;
    }

    /// <summary>Real (and, where made, synthetic) examples shown per under-represented subgroup.</summary>
    private const int ExamplesPerPanel = 6;

    /// <summary>The arms whose predictions exist, in report order.</summary>
    public IReadOnlyList<string> AvailableArms =>
        ArmNames.All.Where(a => File.Exists(Path.Combine(layout.Arm(a), TrainClassifierStage.PredictionsFileName))).ToList();

    /// <summary>
    /// Computes and writes the report on the run's own test split; returns the written files and the results. With several
    /// classifier seeds (<see cref="RunConfig.Seeds"/>), every seed's predictions of every arm.
    /// </summary>
    public WrittenReport Run()
    {
        var arms = Arms();
        var predictions = ClassifierSeed.First(config, config.Seeds).Select(seed => arms.Select(arm => PredictionsCsv.Read(
            SeedPredictions(arm, seed.Index), arm, config.Classifier.PositiveClass)).ToList()).ToList();
        return Write(predictions, $"{config.Name}: test split ({predictions[0][0].SampleIds.Count} real images)", layout.Report);
    }

    /// <summary>The predictions file of <paramref name="arm"/> trained with classifier seed <paramref name="seed"/>; a missing one is an error saying what to run.</summary>
    private string SeedPredictions(string arm, int seed)
    {
        string path = Path.Combine(layout.Arm(arm, seed), TrainClassifierStage.PredictionsFileName);
        if (!File.Exists(path))
            throw new WorkflowStateException($"arm {arm} has no predictions for classifier seed {seed}: run train-classifier --seeds {config.Seeds}", path);
        return path;
    }

    /// <summary>
    /// Scores every real image of another prepared dataset (all its splits: the whole set is held out) with every
    /// saved arm, and writes the same report for it under <see cref="RunLayout.External"/>. Subgroups follow this run's
    /// <c>subgroups.by</c>; the test set's diagnoses must be classes the models know.
    /// </summary>
    public WrittenReport RunOn(string testSetName, string testManifestPath)
    {
        var arms = Arms();
        if (!File.Exists(testManifestPath)) throw new WorkflowStateException("no manifest for the test set: prepare it first", testManifestPath);
        var testManifest = ManifestCsv.Read(testManifestPath);
        var spec = SubgroupSpec.Parse(config.Subgroups.By, config.Dataset.Attributes);
        int synthetic = testManifest.Rows.ToList().FindIndex(r => r.IsSynthetic);
        if (synthetic >= 0) throw new InputDataException("a test set holds real images only; this row is synthetic", testManifestPath, synthetic + 1);
        var rows = testManifest.Rows.Select(r => ManifestDataViews.Row(testManifest, r, spec.KeyOf(r).Text)).ToList();
        if (rows.Count == 0) throw new InputDataException("the test set has no real images", testManifestPath);
        var scorer = new TrainClassifierStage(config, layout);
        var predictions = ClassifierSeed.First(config, config.Seeds).Select(seed => arms.Select(arm =>
        {
            SeedPredictions(arm, seed.Index); // the model of every seed must be there before any is scored
            var scored = scorer.ScoreSaved(arm, rows, testManifestPath, seed.Index);
            PredictionsCsv.Write(Path.Combine(layout.ExternalArm(testSetName, arm, seed.Index), TrainClassifierStage.PredictionsFileName), scored);
            return scored;
        }).ToList()).ToList();
        return Write(predictions, $"external test set '{testSetName}' ({rows.Count} real images of {testManifestPath})",
            Path.Combine(layout.External(testSetName), "report"));
    }

    private IReadOnlyList<string> Arms()
    {
        var arms = AvailableArms;
        if (arms.Count == 0)
            throw new WorkflowStateException("no classifier predictions yet: run train-classifier first", layout.Arm(ArmNames.RealOnly));
        if (arms.Count == 1)
            throw new WorkflowStateException(
                $"the report compares arms, and only {arms[0]} is trained: train another, e.g. train-classifier --arms {ArmNames.RealOnly},{ArmNames.Oversampling}", layout.Arm(arms[0]));
        return arms;
    }

    /// <summary>Writes the report of <paramref name="bySeed"/>: per classifier seed, the arms' predictions.</summary>
    private WrittenReport Write(IReadOnlyList<IReadOnlyList<ArmPredictions>> bySeed, string testSetName, string folder)
    {
        var predictions = bySeed[0];
        var arms = predictions.Select(p => p.Name).ToList();
        var manifest = ManifestCsv.Read(layout.Manifest);
        var counts = DatasetPreparer.CountSubgroups(manifest, config);
        var synthetic = SyntheticManifests();
        var evaluation = GeneratorEvaluationTables.ReadResult(layout.Evaluation);

        string headline = new[] { ArmNames.DdpoAugmented, ArmNames.PretrainedAugmented, ArmNames.Oversampling }.FirstOrDefault(arms.Contains) ?? arms[^1];
        var inputs = new ReportInputs
        {
            TestSetName = testSetName,
            Arms = predictions,
            OtherSeeds = bySeed.Skip(1).ToList(),
            ModelSelection = ModelSelection.Describe(config),
            PositiveClass = config.Classifier.PositiveClass,
            ClassNames = predictions[0].Predictions.ClassNames,
            UnderRepresentedSubgroups = counts.UnderRepresented.Select(c => c.Key.Text).ToHashSet(),
            SubgroupCounts = counts.Rows.Select(c => new SubgroupCountRow(c.Key.Text, c.RealTrain, c.RealValidation, c.RealTest,
                synthetic.ToDictionary(s => s.Key, s => s.Value.Rows.Count(r => r.IsSynthetic && counts.Spec.KeyOf(r).Equals(c.Key))),
                c.UnderRepresented)).ToList(),
            ImageGrids = Grids(manifest, counts, synthetic),
            RewardCurve = DdpoLogFiles.Read(layout.Ddpo).Select(e => new RewardCurvePoint(e.Epoch, e.RewardMean, e.RewardStd)).ToList(),
            GeneratorEvaluation = evaluation is null ? null : GeneratorEvaluationTables.From(evaluation),
            AutoencoderReconstruction = config.Generator.Autoencoder is null ? null : Reconstruction(),
            GeneratorClaim = evaluation is null ? null : GeneratorEvidence.From(evaluation, GeneratorEvidence.Bootstrap(config.Seed)),
            ConfigurationJson = configurationText,
            Seeds = new Dictionary<string, long> { ["split"] = config.Seed, ["generator"] = config.Seed, ["classifier"] = config.Seed }
                .Concat(ClassifierSeed.First(config, config.Seeds).Skip(1).Select(seed => KeyValuePair.Create($"classifier seed {seed.Index}", (long)seed.RunSeed)))
                .ToDictionary(),
            MinimumTestImages = config.Subgroups.MinTestImages,
            HeadlineArm = headline,
            HeadlineBaseline = headline == ArmNames.Oversampling || !arms.Contains(ArmNames.Oversampling) ? ArmNames.RealOnly : ArmNames.Oversampling,
        };
        var results = ReportComputation.Run(inputs);
        return new WrittenReport(ReportWriter.WriteAll(results, folder), results);
    }

    /// <summary>What the autoencoder stage measured of its reconstructions, and its picture of them; each null until written.</summary>
    private AutoencoderReconstruction Reconstruction() => new(
        File.Exists(layout.Reconstruction) ? ReconstructionQuality.Read(layout.Reconstruction) : null,
        File.Exists(layout.ReconstructionImage) ? new ImagePanel("Originals beside their reconstructions", File.ReadAllBytes(layout.ReconstructionImage)) : null);

    /// <summary>The synthetic manifests that augment wrote, by generator.</summary>
    private Dictionary<string, DatasetManifest> SyntheticManifests() =>
        GeneratorNames.All
            .Where(g => File.Exists(layout.SyntheticManifest(g)))
            .ToDictionary(g => g, g => ManifestCsv.Read(layout.SyntheticManifest(g)));

    /// <summary>Per under-represented subgroup: real training examples, then each generator's, chosen by a seeded draw.</summary>
    private List<ImageGrid> Grids(DatasetManifest manifest, SubgroupCounts counts, Dictionary<string, DatasetManifest> synthetic)
    {
        var grids = new List<ImageGrid>();
        foreach (var subgroup in counts.UnderRepresented)
        {
            var panels = new List<ImagePanel>();
            void AddPanel(string label, DatasetManifest source, IEnumerable<ManifestRow> rows)
            {
                var chosen = rows.Where(r => counts.Spec.KeyOf(r).Equals(subgroup.Key))
                    .OrderBy(r => DerivedSeed.Of(config.Seed, SeedStream.ReportExamples, DerivedSeed.Name(r.SampleId))).Take(ExamplesPerPanel)
                    .Select(source.ImageFile).ToList();
                if (chosen.Count > 0) panels.Add(new ImagePanel($"{label} ({chosen.Count})", ImageStrip.Compose(chosen)));
            }
            AddPanel("real training images", manifest, manifest.Split(SplitNames.Train).Where(r => !r.IsSynthetic));
            foreach (var (generator, source) in synthetic)
                AddPanel($"{generator} generator", source, source.Rows.Where(r => r.IsSynthetic));
            if (panels.Count > 0)
                grids.Add(new ImageGrid(subgroup.Key.Text, panels, $"{subgroup.RealTrain} real training images"));
        }
        return grids;
    }
}
