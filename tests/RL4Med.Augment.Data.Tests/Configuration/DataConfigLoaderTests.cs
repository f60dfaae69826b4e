using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Tests.Fixtures;

namespace RL4Med.Augment.Data.Tests.Configuration;

public class DataConfigLoaderTests
{
    [Theory]
    [InlineData("\"split\": { \"train\": 0.7, \"validation\": 0.2, \"test\": 0.2 }", "option 'split': fractions add up to 1.1")]
    [InlineData("\"dataset\": { \"source\": \"s3\", \"diagnoses\": { \"a\": \"a\", \"b\": \"b\" } }", "option 'dataset.source': 's3' is not one of demo, ham10000, csv")]
    [InlineData("\"dataset\": { \"diagnoses\": { \"a\": \"a\", \"b\": \"b\" } }, \"subgroups\": { \"by\": \"diagnosis x hat\" }", "option 'subgroups.by': 'hat' is not an attribute")]
    [InlineData("\"dataset\": { \"diagnoses\": { \"a\": \"a\", \"b\": \"b\" }, \"keep\": [\"a\", \"c\"] }", "option 'dataset.keep': 'c' is not declared")]
    [InlineData("\"images\": { \"size\": 8 }", "option 'images.size': 8 is outside 16..512")]
    [InlineData("\"imagez\": { }", "invalid configuration at $.imagez")]
    [InlineData("\"seed\": \"seven\"", "invalid configuration at $.seed")]
    public void InvalidOptionIsNamedWithTheFile(string body, string expected)
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("bad.json");
        string dataset = body.Contains("\"dataset\"") ? "" : "\"dataset\": { \"diagnoses\": { \"a\": \"a\", \"b\": \"b\" } }, ";
        File.WriteAllText(path, "{ " + dataset + body + " }");

        var error = Assert.Throws<InputDataException>(() => DataConfigLoader.Load<DataConfig>(path));
        Assert.Equal(path, error.File);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        var error = Assert.Throws<InputDataException>(() => DataConfigLoader.Load<DataConfig>("/nonexistent/quick.json"));
        Assert.Equal("/nonexistent/quick.json: configuration file not found", error.Message);
    }
}
