using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Torch.Training;
using Microsoft.ML;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.Tests;

[Collection(TinyTaskCollection.Name)]
public class CnnTrainerTests(TinyTask task)
{
    [Fact]
    public void BeatsChanceOnHeldOutImagesAndEvaluatesLikeAnyMlNetClassifier()
    {
        var scored = task.Model.Transform(task.Test);
        var metrics = task.Ml.MulticlassClassification.Evaluate(scored);
        Assert.True(metrics.MicroAccuracy > 0.8, $"accuracy {metrics.MicroAccuracy} (chance 0.33)");
        Assert.True(metrics.MacroAccuracy > 0.8, $"balanced accuracy {metrics.MacroAccuracy}");

        Assert.Equal(TinyLesionImages.Classes, TinyTask.KeyValues(scored.Schema["PredictedLabel"]));
        Assert.Equal(TinyTask.KeyValues(scored.Schema["Label"]), TinyTask.KeyValues(scored.Schema["PredictedLabel"]));
        Assert.All(TinyTask.Scores(scored), score =>
        {
            Assert.Equal(3, score.Length);
            Assert.Equal(1.0, score.Sum(), 5);
        });
    }

    [Fact]
    public void SameSeedGivesIdenticalPredictionsAndReportsEveryStep()
    {
        var reports = new List<ClassifierTrainingProgress>();
        var options = TinyTask.CnnOptions();
        options.Epochs = 3;
        IDataView train = task.Prepared(task.Train), test = task.Prepared(task.Test);
        var first = new TorchImageClassificationTrainer(options, progress: reports.Add).Fit(train);
        var second = new TorchImageClassificationTrainer(options).Fit(train);

        Assert.Equal(TinyTask.Scores(first.Transform(test)), TinyTask.Scores(second.Transform(test)));
        // 90 images in batches of 16: 6 steps per epoch, each reported, plus one end-of-epoch report.
        Assert.Equal(3 * (6 + 1), reports.Count);
        Assert.All(reports, r => Assert.True(r.Loss > 0 && r.ImagesPerSecond > 0));
        Assert.Equal(new[] { 1, 2, 3 }, reports.Where(r => r.IsEpochEnd).Select(r => r.Epoch));
        Assert.All(reports, r => Assert.Null(r.Validation)); // no validation set here
    }

    [Fact]
    public void EarlyStoppingStopsWhenValidationDoesNotImprove()
    {
        var options = TinyTask.CnnOptions();
        options.LearningRate = 0; // the weights never change, so neither does the validation score
        options.Epochs = 5;
        options.EarlyStoppingPatience = 1;
        var model = new TorchImageClassificationTrainer(options, task.Prepared(task.Validation)).Fit(task.Prepared(task.Train));

        Assert.Equal(2, model.History.Epochs.Count);
        Assert.True(model.History.StoppedEarly);
        Assert.Equal(1, model.History.BestEpoch);
        Assert.All(model.History.Epochs, e => Assert.NotNull(e.Validation));
    }

    [Fact]
    public void InverseFrequencyWeighsEachClassByTotalOverClassesPresentTimesItsCount()
    {
        Assert.Equal(new[] { 10f / 18, 10f / 9, 10f / 3 }, ClassWeights.InverseFrequency(new long[] { 6, 3, 1 }));
        // A class without images weighs 0 and does not count in k: 8 / (3 * n_c).
        Assert.Equal(new[] { 8f / 6, 0f, 8f / 6, 8f / 12 }, ClassWeights.InverseFrequency(new long[] { 2, 0, 2, 4 }));
        Assert.Equal(3f, ClassWeights.PositiveWeight(negatives: 6, positives: 2));
        Assert.Equal(1f, ClassWeights.PositiveWeight(negatives: 6, positives: 0));
    }

    [Fact]
    public void TrainingUsesTheClassWeightsOfItsTrainingSet()
    {
        // disc, ring, square with 12, 6 and 3 images: 21 / (3 * n_c).
        using var folder = new TemporaryDirectory();
        var counts = new Dictionary<string, int> { ["disc"] = 12, ["ring"] = 6, ["square"] = 3 };
        var rows = task.Ml.Data.LoadFromEnumerable(TinyLesionImages.Write(folder.Path, seed: 4, perClass: 0, counts));
        var options = TinyTask.CnnOptions();
        options.Epochs = 1;

        var weighted = new TorchImageClassificationTrainer(options).Fit(task.Prepared(rows));
        Assert.Equal(new[] { 21f / 36, 21f / 18, 21f / 9 }, weighted.History.ClassWeights);

        options.ClassWeighting = ClassWeighting.None;
        var unweighted = new TorchImageClassificationTrainer(options).Fit(task.Prepared(rows));
        Assert.Equal(new[] { 1f, 1f, 1f }, unweighted.History.ClassWeights);
        // Same seed, same images and order: only the loss weights differ, and so do the losses.
        Assert.NotEqual(weighted.History.Epochs[0].TrainingLoss, unweighted.History.Epochs[0].TrainingLoss);
    }
}
