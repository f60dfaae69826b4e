using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Classification.Estimators;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.Tests;

[Collection(TinyTaskCollection.Name)]
public class DiseaseClassifierFactoryTests(TinyTask task)
{
    [Fact]
    public void MaxEntOnThePixelsBeatsChance()
    {
        var options = new DiseaseClassifierOptions { ImageSize = TinyLesionImages.Size };
        var model = DiseaseClassifierFactory.Create(task.Ml, DiseaseClassifierKinds.MaxEnt, options).Fit(task.Train);
        var scored = model.Transform(task.Test);
        var metrics = task.Ml.MulticlassClassification.Evaluate(scored);
        Assert.True(metrics.MicroAccuracy > 0.8, $"accuracy {metrics.MicroAccuracy} (chance 0.33)");
        Assert.Equal(TinyLesionImages.Classes, TinyTask.KeyValues(scored.Schema["PredictedLabel"]));
    }

    [Fact]
    public void CnnKindKeepsTheBestValidationEpochAndReportsItsHistory()
    {
        var classifier = Assert.IsType<TorchImageClassificationTransformer>(((TransformerChain<ITransformer>)task.Model).LastTransformer);
        Assert.Equal(TinyLesionImages.Classes, classifier.ClassNames);
        var history = classifier.History;
        Assert.All(history.Epochs, e => Assert.NotNull(e.Validation));
        double best = history.Epochs.Max(e => e.Validation!.BalancedAccuracy);
        Assert.Equal(best, history.Epochs[history.BestEpoch - 1].Validation!.BalancedAccuracy);
        Assert.Equal(90, history.TrainingImages);
    }

    [Fact]
    public void UnknownKindIsRefusedWithTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => DiseaseClassifierFactory.Create(task.Ml, "forest", new DiseaseClassifierOptions()));
        Assert.Contains("'forest' is not one of cnn, maxent, resnet18", error.Message);
    }
}
