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
        var config = RunConfiguration.Load(RepositoryFiles.Path(file));
        Assert.Equal(source, config.Dataset.Source);
        Assert.Equal(classes, config.Dataset.KeptDiagnoses.Count);
        Assert.Equal(size, config.Images.Size);
        Assert.Equal(size, config.Generator.Model.ImageSize);
    }

    [Fact]
    public void DdpoTrainsTheSamplerThatLaterSamplesOrTheConfigurationSaysWhichOptionDiffers()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rl4med-config-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "mismatch.json");
        File.WriteAllText(path, File.ReadAllText(RepositoryFiles.Path("pipelines/smoke.json"))
            .Replace("\"steps\": 4, \"eta\": 1.0, \"guidanceScale\": 5.0, \"timestepFraction\"", "\"steps\": 6, \"eta\": 1.0, \"guidanceScale\": 5.0, \"timestepFraction\""));
        try
        {
            var error = Assert.Throws<RL4Med.Augment.Data.Errors.InputDataException>(() => RunConfiguration.Load(path));
            Assert.Equal($"{path}: option 'ddpo.training.steps': 6 differs from generator.sampling.steps 4; the tuned policy is sampled as it was trained, so set both alike", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("pipelines/quick.json")]
    [InlineData("pipelines/smoke.json")]
    public void TheExternalTestSetsARunReportsOnAreDataConfigurationsWithEnoughInk(string file)
    {
        var config = RunConfiguration.Load(RepositoryFiles.Path(file));
        var testSet = RL4Med.Augment.Data.Configuration.PipelineConfigLoader.Load<RL4Med.Augment.Data.Configuration.PipelineConfig>(
            RepositoryFiles.Path(Assert.Single(config.Report.TestSets)));
        Assert.NotEqual(config.Seed, testSet.Seed);                           // new lesions
        Assert.NotEqual(config.Dataset.Demo.Folder, testSet.Dataset.Demo.Folder);
        Assert.InRange(testSet.Dataset.Demo.InkRate!.Value, 0.3, 0.5);
        Assert.Equal(config.Dataset.KeptDiagnoses, testSet.Dataset.KeptDiagnoses);
    }
}
