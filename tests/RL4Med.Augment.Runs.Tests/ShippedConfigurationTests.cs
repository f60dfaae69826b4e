using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Runs.Configuration;

namespace RL4Med.Augment.Runs.Tests;

public class ShippedConfigurationTests
{
    [Theory]
    [InlineData("pipelines/quick.json", "demo", 3, 128, 32)]
    [InlineData("pipelines/smoke.json", "demo", 3, 16, 16)]
    [InlineData("pipelines/ham10000.json", "ham10000", 2, 128, 32)]
    [InlineData("pipelines/ham10000-cpu.json", "ham10000", 2, 128, 32)]
    [InlineData("pipelines/ham10000-sex-age.json", "ham10000", 7, 64, 64)]
    public void ShippedConfigurationsLoadAndAgreeWithThemselves(string file, string source, int classes, int size, int generatorSize)
    {
        var config = RunConfig.Load(RepositoryFiles.Path(file));
        Assert.Equal(source, config.Dataset.Source);
        Assert.Equal(classes, config.Dataset.KeptDiagnoses.Count);
        Assert.Equal(size, config.Images.Size);
        Assert.Equal(generatorSize, config.Generator.Model.ImageSize);
        // Latent configurations (generator.autoencoder) work on 4-channel latents a quarter of the image side.
        Assert.Equal(size != generatorSize, config.Generator.Autoencoder is not null);
        Assert.Equal(size / generatorSize, config.Generator.Autoencoder?.Model.DownsamplingFactor ?? 1);
    }

    [Theory]
    [InlineData("\"imageChannels\": 4,", "\"imageChannels\": 3,", "option 'generator.model.imageChannels': 3 must equal generator.autoencoder.model.latentChannels 4")]
    [InlineData("\"imageSize\": 32, \"imageChannels\"", "\"imageSize\": 128, \"imageChannels\"", "option 'generator.model.imageSize': 128 must be the latent side, images.size 128 / downsampling factor 4 = 32")]
    [InlineData("\"cropSize\": 64", "\"cropSize\": 66", "option 'generator.autoencoder.training.cropSize': 66 must be at most images.size 128 and divisible by the downsampling factor 4")]
    [InlineData("\"cropSize\": 64", "\"cropSize\": 64, \"device\": \"cpu\"", "option 'generator.autoencoder.training.device' is set by the run (its seed, --device and its folder); remove it")]
    public void LatentGenerationOptionsAreCheckedNamingTheOption(string anchor, string replacement, string message) =>
        AssertRefused("pipelines/quick.json", anchor, replacement, message);

    [Fact]
    public void DdpoTrainsTheSamplerOfGeneratorSampling()
    {
        var config = RunConfig.Load(RepositoryFiles.Path("pipelines/quick.json"));
        var options = config.Ddpo.TrainingOptions(config.Generator.Sampling);
        Assert.Equal((20, 1.0, 5.0), (options.Steps, options.Eta, options.GuidanceScale));
    }

    [Theory]
    [InlineData("\"timestepFraction\"", "\"steps\": 6, \"timestepFraction\"", "option 'ddpo.training.steps' is taken from generator.sampling.steps: the tuned policy is sampled as it was trained; remove it")]
    [InlineData("\"timestepFraction\"", "\"Seed\": 9, \"timestepFraction\"", "option 'ddpo.training.seed' is set by the run (its seed, --device and its folder); remove it")]
    [InlineData("\"pretrain\": {", "\"pretrain\": { \"outputDirectory\": \"x\",", "option 'generator.pretrain.outputDirectory' is set by the run (its seed, --device and its folder); remove it")]
    public void FieldsTheRunSetsAreRefusedNamingWhereTheirValueComesFrom(string anchor, string replacement, string message) =>
        AssertRefused("pipelines/smoke.json", anchor, replacement, message);

    // The shipped file with anchor replaced is refused with exactly this message, naming the file.
    private static void AssertRefused(string shippedFile, string anchor, string replacement, string message)
    {
        var folder = RepositoryFiles.Path(Path.Combine("artifacts", "test-temp", "config", Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "changed.json");
        var shipped = File.ReadAllText(RepositoryFiles.Path(shippedFile));
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
