using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using RL4Med.Augment.Classification.Training;
using RL4Med.Augment.Pretrained.ResNet18;
using RL4Med.Augment.Torch.Training;

namespace RL4Med.Augment.Classification.PretrainedFeatures;

/// <summary>
/// An ML.NET multiclass trainer for image files: ImageNet ResNet-18 features (512 values per image) and ML.NET's
/// L-BFGS maximum entropy on them, against a key label column. <see cref="Fit"/> reads the training features through
/// <see cref="ResNet18Features"/>, so with a <see cref="Options.FeatureCachePath"/> the arms of a run and its reruns
/// compute each image once. The <see cref="ResNet18MaxEntTransformer"/> it returns scores with <c>LoadImages</c>,
/// <see cref="ResNet18Featurizer.FeaturizerChain"/> (the cached features to the bit) and the trained layer, so a saved
/// model needs no cache. It adds <c>Score</c> and <c>PredictedLabel</c> (key) like every classifier. Create it with
/// <c>mlContext.MulticlassClassification.Trainers.ResNet18MaxEnt(options)</c>.
/// </summary>
public sealed partial class ResNet18MaxEntTrainer : IEstimator<ResNet18MaxEntTransformer>
{
    private const string Prefix = "RL4Med.ResNet18MaxEnt.";
    private const string ImageColumn = Prefix + "Image";
    private const string FeaturesColumn = Prefix + "Features";
    private const string WeightColumn = Prefix + "Weight";

    // Builds and fits the transformers; the caller's context runs them. L-BFGS on one thread draws no random
    // numbers, so this context's seed does not matter.
    private readonly MLContext ml = new(seed: 0);
    private readonly Options options;
    private readonly IProgress<int>? progress;
    private EstimatorChain<ITransformer>? featurizer;

    /// <summary>A trainer with <paramref name="options"/> (validated now).</summary>
    /// <param name="options">Columns, feature cache and regularisation.</param>
    /// <param name="progress">Told how many training images have their features (computed or from the cache) so far.</param>
    public ResNet18MaxEntTrainer(Options options, IProgress<int>? progress = null)
    {
        options.Validate();
        this.options = options;
        this.progress = progress;
    }

    /// <summary>Featurises every training image (cache first), then fits the maximum-entropy layer on the features in memory.</summary>
    public ResNet18MaxEntTransformer Fit(IDataView input)
    {
        ClassifierSchema.CheckImagePaths(input.Schema, options.ImageColumnName);
        var classNames = ClassifierSchema.ClassNames(input.Schema, options.LabelColumnName);
        var paths = input.GetColumn<string>(options.ImageColumnName).Select(ImageFile).ToList();
        var labels = input.GetColumn<uint>(options.LabelColumnName).ToArray();

        float[,] features;
        int fromCache;
        using (var resNet = new ResNet18Features(options.FeatureCachePath))
        {
            features = resNet.OfFiles(paths, progress);
            fromCache = resNet.CacheHits;
        }
        var scoringFeatures = Featurizer.Fit(input); // reads no row: loading images and the network are row by row
        var featured = scoringFeatures.GetOutputSchema(input.Schema);
        var training = LabelledFeatures.Load(ml, input.Schema[options.LabelColumnName], labels, ExampleWeights(labels, classNames.Length),
            FeaturesColumn, featured[FeaturesColumn].Type, features, WeightColumn);
        var layer = MaxEnt(WeightColumn).Fit(training);

        var scored = layer.Transform(scoringFeatures.Transform(input)); // lazy: only its schema is read
        var dropWorkingColumns = ml.Transforms.DropColumns(Added(input.Schema.Select(c => c.Name), featured.Select(c => c.Name))).Fit(scored);
        var chain = new TransformerChain<ITransformer>([.. scoringFeatures, layer, dropWorkingColumns]);
        return new ResNet18MaxEntTransformer(chain, options.ImageColumnName, classNames, fromCache, paths.Count - fromCache);
    }

    /// <summary>The input columns plus <c>Score</c> and <c>PredictedLabel</c>; throws naming a missing or mistyped label or image column.</summary>
    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        ClassifierSchema.CheckImagePaths(inputSchema, options.ImageColumnName);
        ClassifierSchema.CheckLabel(inputSchema, options.LabelColumnName);
        var featured = Featurizer.GetOutputSchema(inputSchema);
        var dropWorkingColumns = ml.Transforms.DropColumns(Added(inputSchema.Select(c => c.Name), featured.Select(c => c.Name)));
        return dropWorkingColumns.GetOutputSchema(MaxEnt(exampleWeightColumn: null).GetOutputSchema(featured));
    }

    // Each image's weight: its class's weight (labels are 1-based keys).
    private float[] ExampleWeights(uint[] labels, int classes)
    {
        if (options.ClassWeighting == ClassWeighting.None) return Enumerable.Repeat(1f, labels.Length).ToArray();
        var counts = new long[classes];
        foreach (var label in labels) counts[label - 1]++;
        var weights = ClassWeights.InverseFrequency(counts);
        return labels.Select(label => weights[label - 1]).ToArray();
    }

    // The columns the featurizer adds: the image, the features and the network's own working columns (the
    // DnnImageFeaturizer leaves its input tensors and pooled output, e.g. "Input247"), all dropped after scoring.
    private static string[] Added(IEnumerable<string> input, IEnumerable<string> featured) => featured.Except(input).ToArray();

    // As LoadImages finds a file, so that training reads the images the model will load.
    private string ImageFile(string path) => string.IsNullOrWhiteSpace(options.ImageFolder) ? path : Path.Combine(options.ImageFolder, path);

    // Made once: it opens the network, and GetOutputSchema (which an estimator chain calls before Fit) needs it too.
    private EstimatorChain<ITransformer> Featurizer => featurizer ??=
        ml.Transforms.LoadImages(ImageColumn, options.ImageFolder, options.ImageColumnName)
            .Append(ResNet18Featurizer.FeaturizerChain(ml, ImageColumn, FeaturesColumn));

    // Example weights are a training column only: the schema check of the scoring chain has none.
    private LbfgsMaximumEntropyMulticlassTrainer MaxEnt(string? exampleWeightColumn) =>
        ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = options.LabelColumnName,
            FeatureColumnName = FeaturesColumn,
            ExampleWeightColumnName = exampleWeightColumn,
            L2Regularization = options.L2Regularization,
            MaximumNumberOfIterations = options.MaximumNumberOfIterations,
            NumberOfThreads = 1, // one summation order: the same features give the same model to the bit
        });
}
