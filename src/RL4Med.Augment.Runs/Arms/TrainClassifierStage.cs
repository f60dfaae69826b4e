using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Runs.Stages;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Classification.Manifest;
using RL4Med.Augment.Classification.Estimators;
using RL4Med.Augment.Classification.Training;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Subgroups;
using RL4Med.Augment.Metrics;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;

namespace RL4Med.Augment.Runs.Arms;

/// <summary>
/// Stage <c>train-classifier</c>: the same classifier, seed and budget in each arm; saves the ML.NET model, its
/// predictions on the real test images (for the report), ML.NET's own evaluation and the standard metrics on the
/// validation and test splits (<see cref="SplitScores"/>).
/// </summary>
public sealed class TrainClassifierStage(RunConfig config, RunLayout layout, StageOptions? options = null, IReadOnlyList<string>? arms = null)
    : IRunStage
{
    private readonly IReadOnlyList<string> selected = arms ?? ArmNames.All;

    /// <inheritdoc />
    public string Name => "train-classifier";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs =>
        [layout.Manifest, .. selected.Select(ArmTrainingSets.GeneratorOf).OfType<string>().Select(layout.SyntheticManifest)];

    /// <summary>The classifier seeds every selected arm is trained with (<see cref="RunConfig.Seeds"/>).</summary>
    public IReadOnlyList<ClassifierSeed> Seeds { get; } = ClassifierSeed.First(config, config.Seeds);

    /// <summary>Whether every selected arm is complete with every seed.</summary>
    public bool IsComplete => Seeds.All(seed => selected.All(arm => IsArmComplete(arm, seed.Index)));

    /// <summary>An arm trains in a minute and keeps no checkpoint: a cancelled run trains it again.</summary>
    public bool StopsAtCheckpoint => false;

    /// <summary>
    /// Trains each selected arm with each seed unless complete (every one with <see cref="StageOptions.Restart"/>); returns
    /// their test metrics.
    /// </summary>
    public StageOutcome Run(IStageProgress progress, CancellationToken cancellation)
    {
        var run = options ?? new();
        var trained = new List<ArmMetrics>();
        var pending = Seeds.SelectMany(seed => selected.Select(arm => (Seed: seed, Arm: arm)))
            .Where(job => run.Restart || !IsArmComplete(job.Arm, job.Seed.Index)).ToList();
        foreach (var (seed, arm) in pending)
        {
            string label = Seeds.Count == 1 ? arm : $"{arm} (seed {seed.Index})";
            string validation = "";
            var metrics = Run(arm, run.Device, p =>
            {
                if (p.Validation is { } v) validation = $"  validation balanced accuracy {v.BalancedAccuracy:F3}";
                progress.Update((p.Epoch - 1) * p.StepsPerEpoch + p.Step, p.Epochs * p.StepsPerEpoch,
                    $"{label}  epoch {p.Epoch}/{p.Epochs}  loss {p.Loss:F4}  {p.ImagesPerSecond:F0} img/s{validation}" + StageStatus.Retries(p.NonFiniteRetries));
            }, (done, total) => progress.Update(done, total, $"{label}  ResNet-18 features of the training images {done}/{total}"), seed.Index);
            trained.Add(new ArmMetrics(label, metrics));
        }
        return StageOutcome.Finished(trained);
    }

    /// <summary>Model file of an arm (an ML.NET zip: <c>mlContext.Model.Load</c> reads it).</summary>
    public const string ModelFileName = "model.zip";

    /// <summary>Predictions file of an arm, in <see cref="PredictionsCsv"/> format.</summary>
    public const string PredictionsFileName = "predictions.csv";

    /// <summary>File name of the arm's test metrics and training-set counts.</summary>
    public const string MetricsFileName = "metrics.json";

    /// <summary>Whether <paramref name="arm"/> finished with the current settings and classifier seed <paramref name="seed"/>.</summary>
    public bool IsArmComplete(string arm, int seed = 0) =>
        File.Exists(layout.Manifest) && StageMarker.Matches(layout.Arm(arm, seed), Settings(arm, ClassifierSeed.Of(config, seed)))
        && File.Exists(Path.Combine(layout.Arm(arm, seed), PredictionsFileName));

    /// <summary>
    /// Trains <paramref name="arm"/> and writes its outputs; returns ML.NET's test metrics. The <c>cnn</c> kind reports its
    /// steps to <paramref name="progress"/>, the <c>resnet18</c> kind its featurised training images (done, total) to
    /// <paramref name="featureProgress"/>. With classifier seed <paramref name="seedIndex"/> (<see cref="ClassifierSeed"/>).
    /// </summary>
    public MulticlassClassificationMetrics Run(string arm, string device, Action<ClassifierTrainingProgress>? progress = null,
        Action<int, int>? featureProgress = null, int seedIndex = 0)
    {
        var seed = ClassifierSeed.Of(config, seedIndex);
        var manifest = ManifestCsv.Read(layout.RequireManifest());
        var spec = SubgroupSpec.Parse(config.Subgroups.By, config.Dataset.Attributes);
        string Subgroup(ManifestRow row) => spec.KeyOf(row).Text;
        var (trainManifest, trainRows) = new ArmTrainingSets(config, layout, manifest, seed).For(arm);

        var ml = new MLContext(seed.RunSeed);
        var train = ml.Data.LoadFromEnumerable(trainRows.Select(r => ManifestDataViews.Row(trainManifest, r, Subgroup(r))));
        var validationRows = ManifestDataViews.Rows(manifest, SplitNames.Validation, Subgroup);
        var validation = ml.Data.LoadFromEnumerable(validationRows);
        var testRows = ManifestDataViews.Rows(manifest, SplitNames.Test, Subgroup);
        var options = new DiseaseClassifierOptions
        {
            ImageSize = config.Images.Size,
            Cnn = Copy(config.Classifier.Cnn, device, seed.CnnSeed),
            ResNet18L2Regularization = config.Classifier.ResNet18.L2Regularization,
            ResNet18Iterations = config.Classifier.ResNet18.Iterations,
            ResNet18ClassWeighting = config.Classifier.ResNet18.ClassWeighting,
            ResNet18FeatureCache = layout.ResNet18FeatureCache,
        };
        var featuresDone = featureProgress is null ? null : new SynchronousProgress<int>(done => featureProgress(done, trainRows.Count));
        var model = DiseaseClassifierFactory.Create(ml, config.Classifier.Kind, options, validation, progress, featuresDone).Fit(train);

        string folder = layout.Arm(arm, seedIndex);
        Directory.CreateDirectory(folder);
        StageMarker.Clear(folder);
        var scored = model.Transform(ml.Data.LoadFromEnumerable(testRows));
        var metrics = ml.MulticlassClassification.Evaluate(scored);
        var testPredictions = Predictions(arm, scored, testRows);
        var validationPredictions = Predictions(arm, model.Transform(validation), validationRows);
        string modelPath = Path.Combine(folder, ModelFileName);
        AtomicFile.Write(modelPath, stream => ml.Model.Save(model, train.Schema, stream));
        PredictionsCsv.Write(Path.Combine(folder, PredictionsFileName), testPredictions);
        AtomicFile.WriteAllText(Path.Combine(folder, MetricsFileName), JsonSerializer.Serialize(new
        {
            arm,
            trainImages = trainRows.Count,
            syntheticImages = trainRows.Count(r => r.IsSynthetic),
            metrics.MicroAccuracy,
            metrics.MacroAccuracy,
            metrics.LogLoss,
            perClassLogLoss = metrics.PerClassLogLoss,
            validation = SplitScores.Of(validationPredictions.Predictions, config.Subgroups.MinTestImages),
            test = SplitScores.Of(testPredictions.Predictions, config.Subgroups.MinTestImages),
        }, JsonFormats.Report));
        StageMarker.Write(folder, Settings(arm, seed));
        return metrics;
    }

    /// <summary>
    /// Scores <paramref name="rows"/> (real images of any dataset) with <paramref name="arm"/>'s saved model: its own
    /// preprocessing and label mapping. A label the model does not know is an error naming <paramref name="source"/> and the
    /// row (rows count from 1, in the order given: a manifest's data rows). <paramref name="seed"/> picks the classifier seed's model.
    /// </summary>
    public ArmPredictions ScoreSaved(string arm, IReadOnlyList<ClassifierImageRow> rows, string source, int seed = 0)
    {
        string modelPath = Path.Combine(layout.Arm(arm, seed), ModelFileName);
        if (!File.Exists(modelPath)) throw new WorkflowStateException($"arm {arm} has no saved model: run train-classifier first", modelPath);
        var ml = new MLContext(config.Seed);
        var model = ml.Model.Load(modelPath, out _);
        var scored = model.Transform(ml.Data.LoadFromEnumerable(rows));
        var known = ClassNames(scored);
        for (int i = 0; i < rows.Count; i++)
            if (!known.Contains(rows[i].Label))
                throw new InputDataException(
                    $"sample {rows[i].SampleId}: diagnosis '{rows[i].Label}' is not a class of the trained models ({string.Join(", ", known)})", source, i + 1);
        return Predictions(arm, scored, rows);
    }

    // The arm's training data by hash: the real manifest, and an augmented arm's synthetic manifest. Seed 0's Seed is the
    // run seed, so its marker is that of a run without seeds.
    private object Settings(string arm, ClassifierSeed seed) => new
    {
        arm, Data = FileHash.Of(layout.Manifest),
        Synthetic = ArmTrainingSets.GeneratorOf(arm) is { } generator && File.Exists(layout.SyntheticManifest(generator))
            ? FileHash.Of(layout.SyntheticManifest(generator)) : null,
        Seed = seed.RunSeed, config.Images.Size, config.Subgroups, config.Classifier,
    };

    /// <summary>The configured CNN options with the run's device and the classifier seed's CNN seed (a copy: the configuration is not changed).</summary>
    private static TorchImageClassificationTrainer.Options Copy(TorchImageClassificationTrainer.Options configured, string device, int seed)
    {
        var copy = JsonSerializer.Deserialize<TorchImageClassificationTrainer.Options>(
            JsonSerializer.Serialize(configured, JsonFormats.Readable), JsonFormats.Readable)!;
        copy.Device = device;
        copy.Seed = seed;
        return copy;
    }

    /// <summary>The scored test rows as the report reads them: class names from the predicted label's key values.</summary>
    private ArmPredictions Predictions(string arm, IDataView scored, IReadOnlyList<ClassifierImageRow> rows)
    {
        var classNames = ClassNames(scored);
        var predicted = scored.GetColumn<uint>("PredictedLabel").Select(k => classNames[(int)k - 1]).ToList();
        var scores = scored.GetColumn<float[]>("Score").ToList();
        var set = PredictionSet.FromArrays(classNames, config.Classifier.PositiveClass,
            rows.Select(r => r.Label).ToList(), predicted, scores, rows.Select(r => r.Group).ToList(), rows.Select(r => r.GroupId).ToList());
        return new ArmPredictions(arm, rows.Select(r => r.SampleId).ToList(), set);
    }

    /// <summary>The model's classes, in key order, from the predicted label's key values.</summary>
    private static List<string> ClassNames(IDataView scored)
    {
        VBuffer<ReadOnlyMemory<char>> keys = default;
        scored.Schema["PredictedLabel"].GetKeyValues(ref keys);
        return keys.DenseValues().Select(k => k.ToString()).ToList();
    }
}
