using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Runs.Configuration;

namespace RL4Med.Augment.Runs.Tests;

public class ShippedConfigurationTests
{
    [Theory]
    [InlineData("pipelines/quick.json", "demo", 3, 32)]
    [InlineData("pipelines/smoke.json", "demo", 3, 16)]
    [InlineData("pipelines/ham10000.json", "ham10000", 2, 64)]
    [InlineData("pipelines/ham10000-cpu.json", "ham10000", 2, 32)]
    [InlineData("pipelines/ham10000-sex-age.json", "ham10000", 7, 64)]
    public void ShippedConfigurationsLoadAndAgreeWithThemselves(string file, string source, int classes, int size)
    {
        var config = RunConfig.Load(RepositoryFiles.Path(file));
        Assert.Equal(source, config.Dataset.Source);
        Assert.Equal(classes, config.Dataset.KeptDiagnoses.Count);
        Assert.Equal(size, config.Images.Size);
        Assert.Equal(size, config.Generator.Model.ImageSize);
    }

    [Fact]
    public void DdpoTrainsTheSamplerOfGeneratorSampling()
    {
        var config = RunConfig.Load(RepositoryFiles.Path("pipelines/quick.json"));
        var options = config.Ddpo.TrainingOptions(config.Generator.Sampling);
        Assert.Equal((20, 1.0, 5.0), (options.Steps, options.Eta, options.GuidanceScale));
    }

    [Theory]
    [InlineData("\"timestepFraction\"", "\"steps\": 6, \"timestepFraction\"", "option 'ddpo.training.steps' is taken from generator.sampling.steps: the tuned policy is sampled as it was trained; remove it")]
    [InlineData("\"timestepFraction\"", "\"Seed\": 9, \"timestepFraction\"", "option 'ddpo.training.seed' is set by the pipeline (the run's seed, --device and its run folder); remove it")]
    [InlineData("\"pretrain\": {", "\"pretrain\": { \"outputDirectory\": \"x\",", "option 'generator.pretrain.outputDirectory' is set by the pipeline (the run's seed, --device and its run folder); remove it")]
    public void FieldsTheRunSetsAreRefusedNamingWhereTheirValueComesFrom(string anchor, string replacement, string message)
    {
        var folder = RepositoryFiles.Path(Path.Combine("artifacts", "test-temp", "config", Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "owned.json");
        var shipped = File.ReadAllText(RepositoryFiles.Path("pipelines/smoke.json"));
        Assert.Contains(anchor, shipped);
        File.WriteAllText(path, shipped.Replace(anchor, replacement));
        try
        {
            var error = Assert.Throws<RL4Med.Augment.Data.Errors.InputDataException>(() => RunConfig.Load(path));
            Assert.Equal($"{path}: {message}", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
