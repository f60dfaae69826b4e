using RL4Med.Augment.TestSupport;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using RL4Med.Augment.Classification.Estimators;
using RL4Med.Augment.Classification.Pixels;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.Tests;

/// <summary>
/// The tiny task (<see cref="TinyLesionImages"/>) written once for all tests that share it, and a CNN trained on it
/// once through <see cref="DiseaseClassifierFactory"/> with early stopping on the validation images.
/// </summary>
public sealed class TinyTask : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public TinyTask()
    {
        Ml = new MLContext(seed: 1);
        Train = Ml.Data.LoadFromEnumerable(TinyLesionImages.Write(folder.Path, seed: 1, perClass: 30));
        Validation = Ml.Data.LoadFromEnumerable(TinyLesionImages.Write(folder.Path, seed: 2, perClass: 10));
        Test = Ml.Data.LoadFromEnumerable(TinyLesionImages.Write(folder.Path, seed: 3, perClass: 15));
        Preparation = Ml.Transforms.LoadDermoscopyPixels(TinyLesionImages.Size)
            .Append(Ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue))
            .Fit(Train);
        var options = new DiseaseClassifierOptions { ImageSize = TinyLesionImages.Size, Cnn = CnnOptions() };
        Model = DiseaseClassifierFactory.Create(Ml, DiseaseClassifierKinds.Cnn, options, Validation).Fit(Train);
    }

    public MLContext Ml { get; }
    public IDataView Train { get; }
    public IDataView Validation { get; }
    public IDataView Test { get; }

    /// <summary>Pixels and label keys, fitted on the training rows: input for the trainer itself.</summary>
    public ITransformer Preparation { get; }

    /// <summary>Image path + label -> Score, PredictedLabel.</summary>
    public ITransformer Model { get; }

    public string Folder => folder.Path;

    /// <summary>Small and fast: 16 px images, widths [8, 16], one block per stage, a learning rate for 90 images.</summary>
    public static TorchImageClassificationTrainer.Options CnnOptions() => new()
    {
        ImageSize = TinyLesionImages.Size,
        Widths = new[] { 8, 16 },
        BlocksPerStage = 1,
        Epochs = 10,
        BatchSize = 16,
        LearningRate = 1e-2,
        EarlyStoppingPatience = 3,
        Device = "cpu",
    };

    public IDataView Prepared(IDataView rows) => Preparation.Transform(rows);

    /// <summary>The Score vectors of <paramref name="scored"/>, in row order.</summary>
    public static float[][] Scores(IDataView scored) => scored.GetColumn<float[]>("Score").ToArray();

    /// <summary>The PredictedLabel keys of <paramref name="scored"/>, in row order.</summary>
    public static uint[] PredictedKeys(IDataView scored) => scored.GetColumn<uint>("PredictedLabel").ToArray();

    /// <summary>Key values of a key column.</summary>
    public static string[] KeyValues(DataViewSchema.Column column)
    {
        var values = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetKeyValues(ref values);
        return values.DenseValues().Select(v => v.ToString()).ToArray();
    }

    public void Dispose() => folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TinyTaskCollection : ICollectionFixture<TinyTask>
{
    public const string Name = "tiny task";
}
