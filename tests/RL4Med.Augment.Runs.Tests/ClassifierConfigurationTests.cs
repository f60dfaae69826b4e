using RL4Med.Augment.Classification.Estimators;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Runs.Tests;

/// <summary>The classifier section of a run configuration, as the smoke configuration with its classifier replaced.</summary>
public class ClassifierConfigurationTests
{
    private const string ShippedClassifier = "\"classifier\": { \"kind\": \"cnn\",";

    [Fact]
    public void The_resnet18_kind_loads_with_its_own_block()
    {
        using var folder = new TemporaryDirectory("config");

        var config = LoadWithClassifier(folder, "\"kind\": \"resnet18\", \"resnet18\": { \"l2Regularization\": 0.5, \"iterations\": 50 },");

        Assert.Equal(DiseaseClassifierKinds.ResNet18, config.Classifier.Kind);
        Assert.Equal((0.5f, 50), (config.Classifier.ResNet18.L2Regularization, config.Classifier.ResNet18.Iterations));
    }

    [Theory]
    [InlineData("\"kind\": \"forest\",", "option 'classifier.kind': 'forest' is not one of cnn, maxent, resnet18")]
    [InlineData("\"kind\": \"resnet18\", \"resnet18\": { \"l2Regularization\": -1 },", "option 'classifier.resnet18.l2Regularization': -1 must not be negative")]
    [InlineData("\"kind\": \"resnet18\", \"resnet18\": { \"iterations\": 0 },", "option 'classifier.resnet18.iterations': 0 must be at least 1")]
    public void A_bad_classifier_option_is_refused_naming_it(string classifier, string message)
    {
        using var folder = new TemporaryDirectory("config");

        var error = Assert.Throws<InputDataException>(() => LoadWithClassifier(folder, classifier));

        Assert.EndsWith(message, error.Message);
    }

    // The smoke configuration written to folder with the start of its classifier section replaced by "classifier": { start
    private static RunConfig LoadWithClassifier(TemporaryDirectory folder, string start)
    {
        string path = folder.File("smoke.json");
        string shipped = File.ReadAllText(RepositoryFiles.Path("pipelines/smoke.json"));
        Assert.Contains(ShippedClassifier, shipped);
        File.WriteAllText(path, shipped.Replace(ShippedClassifier, "\"classifier\": { " + start));
        return RunConfig.Load(path);
    }
}
