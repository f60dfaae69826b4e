using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Pretrained.ResNet18;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Pretrained.Tests;

public sealed class ResNet18FeaturizerTests
{
    // Recorded from this featurizer (ONNX Runtime 1.24.4, CPU) on TestImages.Image(32); no other ResNet-18 runs
    // here. The tolerance allows for other CPUs' vector units, not for another network or preprocessing.
    private static readonly float[] ReferenceFirstEight = [0f, 0.68861216f, 0.32255718f, 0.24131566f, 0.7609212f, 0.014184006f, 0f, 5.2841954f];
    private const double ReferenceNorm = 37.21446373145762;

    [Fact]
    public void A_fixed_image_gives_the_stored_reference_features()
    {
        using var featurizer = new ResNet18Featurizer();

        var features = featurizer.Featurize(TestImages.Image(32));

        Assert.Equal(ResNet18Featurizer.FeatureWidth, features.Length);
        for (int i = 0; i < ReferenceFirstEight.Length; i++)
            Assert.Equal(ReferenceFirstEight[i], features[i], 1e-3f);
        Assert.Equal(ReferenceNorm, Math.Sqrt(features.Sum(v => (double)v * v)), 1e-3 * ReferenceNorm);
        Assert.All(features, v => Assert.True(v >= 0f, "features follow a ReLU and an average pool"));
    }

    [Fact]
    public void A_saved_image_file_and_the_pixels_it_was_saved_from_give_the_same_features()
    {
        using var folder = new TemporaryDirectory();
        var chw = TestImages.Chw(32);
        string path = folder.File("lesion.png");
        using (var bitmap = ImagePixels.FromChw(chw, 32))
            File.WriteAllBytes(path, SquareImagePreprocessor.EncodePng(bitmap));
        using var featurizer = new ResNet18Featurizer();

        Assert.Equal(featurizer.Featurize(RgbaImage.FromChw(chw, 32)), featurizer.Featurize(RgbaImage.FromFile(path)));
    }

    [Fact]
    public void The_ML_NET_chain_from_an_image_file_gives_the_featurizer_s_features()
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("lesion.png");
        using (var bitmap = ImagePixels.FromChw(TestImages.Chw(32), 32))
            File.WriteAllBytes(path, SquareImagePreprocessor.EncodePng(bitmap));
        var context = new MLContext(seed: 1);
        var data = context.Data.LoadFromEnumerable([new PathRow { ImagePath = path }]);
        var pipeline = context.Transforms.LoadImages("Image", imageFolder: null, inputColumnName: nameof(PathRow.ImagePath))
            .Append(ResNet18Featurizer.FeaturizerChain(context, "Image", "Features"));

        var scored = pipeline.Fit(data).Transform(data);
        var fromChain = scored.GetColumn<float[]>("Features").Single();
        using var featurizer = new ResNet18Featurizer();

        Assert.Equal(featurizer.Featurize(RgbaImage.FromFile(path)), fromChain);
    }

    [Fact]
    public void Different_images_give_different_features()
    {
        using var featurizer = new ResNet18Featurizer();

        var light = featurizer.Featurize(TestImages.Image(32, discDarkness: 0.2f));
        var dark = featurizer.Featurize(TestImages.Image(32, discDarkness: 0.9f));

        double distance = Math.Sqrt(light.Zip(dark, (a, b) => (double)(a - b) * (a - b)).Sum());
        Assert.True(distance > 1.0, $"features of a light and a dark lesion lie {distance:F3} apart");
    }

    private sealed class PathRow
    {
        public string ImagePath { get; set; } = "";
    }
}
