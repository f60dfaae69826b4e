using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Classification.Estimators;
using RL4Med.Augment.Classification.PretrainedFeatures;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.Tests;

public class ResNet18KindTests(ResNet18Task task) : IClassFixture<ResNet18Task>
{
    private static ResNet18MaxEntTransformer Classifier(ITransformer model) =>
        Assert.IsType<TransformerChain<ResNet18MaxEntTransformer>>(model).LastTransformer;

    [Fact]
    public void Dark_and_light_lesions_are_learned_to_full_training_accuracy_with_the_label_s_classes()
    {
        var scored = task.Model.Transform(task.Images);
        var metrics = task.Ml.MulticlassClassification.Evaluate(scored);

        Assert.Equal(1.0, metrics.MicroAccuracy);
        Assert.Equal(DarkAndLightLesionImages.Classes, TinyTask.KeyValues(scored.Schema["PredictedLabel"]));
        Assert.Equal(DarkAndLightLesionImages.Classes, Classifier(task.Model).ClassNames);
        Assert.Equal(new VectorDataViewType(NumberDataViewType.Single, 2), scored.Schema["Score"].Type);
        Assert.All(TinyTask.Scores(scored), score => Assert.Equal(1.0, score.Sum(), 5));
        Assert.DoesNotContain(scored.Schema, c => c.Name.StartsWith("RL4Med.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_saved_model_zip_scores_the_same_images_to_the_bit_without_the_feature_cache()
    {
        string zip = Path.Combine(task.Folder, "model.zip");
        task.Ml.Model.Save(task.Model, task.Images.Schema, zip);
        string movedCache = task.FeatureCache + ".moved";
        File.Move(task.FeatureCache, movedCache);
        try
        {
            // A new context and no cache file: the zip alone must do.
            var loaded = new MLContext(seed: 7).Model.Load(zip, out _);
            var before = task.Model.Transform(task.Images);
            var after = loaded.Transform(task.Images);

            Assert.Equal(TinyTask.Scores(before), TinyTask.Scores(after));
            Assert.Equal(TinyTask.PredictedKeys(before), TinyTask.PredictedKeys(after));
            Assert.Equal(TinyTask.KeyValues(before.Schema["PredictedLabel"]), TinyTask.KeyValues(after.Schema["PredictedLabel"]));
        }
        finally
        {
            File.Move(movedCache, task.FeatureCache);
        }
    }

    [Fact]
    public void A_second_fit_with_the_same_cache_computes_no_features_and_gives_the_same_scores()
    {
        var first = Classifier(task.Model);
        Assert.Equal((0, 12), (first.FeaturesFromCache, first.FeaturesComputed));

        var second = task.Fit();

        Assert.Equal((12, 0), (Classifier(second).FeaturesFromCache, Classifier(second).FeaturesComputed));
        Assert.Equal(TinyTask.Scores(task.Model.Transform(task.Images)), TinyTask.Scores(second.Transform(task.Images)));
    }

    [Theory]
    [InlineData(ClassWeighting.None, 0.75)]
    [InlineData(ClassWeighting.InverseFrequency, 0.5)]
    public void Under_heavy_regularisation_the_mean_dark_score_is_the_weighted_share_of_dark_images(ClassWeighting weighting, double expected)
    {
        // Six dark images against two light: with the 512 weights held near 0, only the biases fit, so the mean
        // score is the class share the loss sees: 6/8 unweighted, 1/2 with inverse-frequency weights.
        var rows = DarkAndLightLesionImages.Write(Directory.CreateDirectory(Path.Combine(task.Folder, "imbalanced")).FullName, seed: 2, perClass: 6);
        var imbalanced = task.Ml.Data.LoadFromEnumerable(rows.Where(r => r.Label == "dark").Concat(rows.Where(r => r.Label == "light").Take(2)));
        var options = new DiseaseClassifierOptions { ResNet18FeatureCache = task.FeatureCache, ResNet18L2Regularization = 1e6f, ResNet18ClassWeighting = weighting };

        var scored = DiseaseClassifierFactory.Create(task.Ml, DiseaseClassifierKinds.ResNet18, options).Fit(imbalanced).Transform(imbalanced);

        int dark = Array.IndexOf(TinyTask.KeyValues(scored.Schema["PredictedLabel"]), "dark");
        Assert.Equal(expected, TinyTask.Scores(scored).Average(score => score[dark]), 2);
    }

    [Fact]
    public void An_image_column_that_is_not_text_is_named()
    {
        var rows = task.Ml.Data.LoadFromEnumerable(new[] { new NumberedRow { ImagePath = 1, Label = "dark" }, new NumberedRow { ImagePath = 2, Label = "light" } });
        var keyed = task.Ml.Transforms.Conversion.MapValueToKey("Label").Fit(rows).Transform(rows);

        var error = Assert.ThrowsAny<ArgumentException>(() => new ResNet18MaxEntTrainer(new ResNet18MaxEntTrainer.Options()).Fit(keyed));

        Assert.Contains("image column 'ImagePath' must be a text column of image file paths, but it is Int32", error.Message);
    }

    private sealed class NumberedRow
    {
        public int ImagePath { get; set; }
        public string Label { get; set; } = "";
    }
}
