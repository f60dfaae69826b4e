using RL4Med.Augment.Runs.Configuration;

namespace RL4Med.Augment.Runs.Tests;

public class ShippedConfigurationTests
{
    [Theory]
    [InlineData("pipelines/quick.json", "demo", 3, 32)]
    [InlineData("pipelines/ham10000.json", "ham10000", 2, 64)]
    [InlineData("pipelines/ham10000-sex-age.json", "ham10000", 7, 64)]
    public void ShippedConfigurationsLoadAndAgreeWithThemselves(string file, string source, int classes, int size)
    {
        var config = RunConfiguration.Load(RepositoryFiles.Path(file));
        Assert.Equal(source, config.Dataset.Source);
        Assert.Equal(classes, config.Dataset.KeptDiagnoses.Count);
        Assert.Equal(size, config.Images.Size);
        Assert.Equal(size, config.Generator.Model.ImageSize);
    }
}
