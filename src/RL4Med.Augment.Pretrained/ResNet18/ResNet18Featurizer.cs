using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Image;

namespace RL4Med.Augment.Pretrained.ResNet18;

/// <summary>
/// The project's one pretrained network: ImageNet ResNet-18 from the Microsoft.ML.DnnImageFeaturizer.ResNet18
/// package (its ONNX files are copied beside the program; nothing is downloaded). An image is resized to
/// 224 x 224, its RGB bytes go through the package's preprocessing network and ResNet-18, and the 512 values of
/// the global average pool are its features. <see cref="FeaturizerChain"/> is the same chain as ML.NET estimators,
/// so a classifier's <c>model.zip</c> scores with exactly these features.
/// </summary>
public sealed class ResNet18Featurizer : IDisposable
{
    /// <summary>Length of a feature vector: the channels of ResNet-18's last stage.</summary>
    public const int FeatureWidth = 512;

    /// <summary>The side ResNet-18 was trained at; every image is resized to it.</summary>
    public const int InputSize = 224;

    private const string ImageColumn = "Image";
    private const string ResizedColumn = "ResNet18Resized";
    private const string PixelsColumn = "ResNet18Pixels";

    private readonly PredictionEngine<ImageRow, FeatureRow> engine;
    private readonly ITransformer transformer;

    public ResNet18Featurizer(MLContext? context = null)
    {
        context ??= new MLContext(seed: 0);
        var empty = context.Data.LoadFromEnumerable(Array.Empty<ImageRow>());
        transformer = FeaturizerChain(context, ImageColumn, FeatureRow.Column).Fit(empty);
        engine = context.Model.CreatePredictionEngine<ImageRow, FeatureRow>(transformer);
    }

    /// <summary>
    /// Resize, pixel extraction and ResNet-18 from the image column <paramref name="imageColumn"/> to the
    /// <see cref="FeatureWidth"/>-value column <paramref name="featuresColumn"/>.
    /// </summary>
    public static IEstimator<ITransformer> FeaturizerChain(MLContext context, string imageColumn, string featuresColumn) =>
        context.Transforms.ResizeImages(ResizedColumn, InputSize, InputSize, imageColumn)
            .Append(context.Transforms.ExtractPixels(PixelsColumn, ResizedColumn))
            .Append(context.Transforms.DnnFeaturizeImage(featuresColumn,
                input => input.ModelSelector.ResNet18(context, input.OutputColumn, input.InputColumn), PixelsColumn))
            .Append(context.Transforms.DropColumns(ResizedColumn, PixelsColumn));

    /// <summary>The features of one image.</summary>
    public float[] Featurize(RgbaImage image)
    {
        using var mlImage = MLImage.CreateFromPixels(image.Width, image.Height, MLPixelFormat.Rgba32, image.Bytes);
        var features = engine.Predict(new ImageRow { Image = mlImage }).Features;
        if (features is null || features.Length != FeatureWidth)
            throw new InvalidOperationException($"ResNet-18 returned {features?.Length ?? 0} features, not {FeatureWidth}");
        return features;
    }

    public void Dispose()
    {
        engine.Dispose();
        (transformer as IDisposable)?.Dispose();
    }

    private sealed class ImageRow
    {
        [ImageType(InputSize, InputSize)]
        public MLImage? Image { get; set; }
    }

    private sealed class FeatureRow
    {
        public const string Column = "Features";

        [ColumnName(Column)]
        public float[]? Features { get; set; }
    }
}
