using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Importers;

namespace RL4Med.Augment.Data.Tests.Importers;

public class AttributeValueParserTests
{
    private static readonly AttributeConfig Flag = new() { Name = "ink", Kind = AttributeKind.Binary };
    private static readonly AttributeConfig Age = new() { Name = "age_band", Kind = AttributeKind.Categorical, Bands = new() { 30, 45, 60, 75 } };
    private static readonly AttributeConfig Sex = new() { Name = "sex", Kind = AttributeKind.Categorical, Values = new() { "male", "female" } };

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.0", "1")]
    [InlineData("TRUE", "1")]
    [InlineData("0", "0")]
    [InlineData("0.0", "0")]
    [InlineData("no", "0")]
    [InlineData("", null)]
    [InlineData("unknown", null)]
    public void FlagsBecomeOneZeroOrUnknown(string cell, string? expected) => Assert.Equal(expected, AttributeValueParser.Parse(Flag, cell));

    [Theory]
    [InlineData("29", "<30")]
    [InlineData("30.0", "30-44")]
    [InlineData("59.9", "45-59")]
    [InlineData("74", "60-74")]
    [InlineData("85", "75+")]
    public void AgesFallIntoBands(string cell, string expected) => Assert.Equal(expected, AttributeValueParser.Parse(Age, cell));

    [Fact]
    public void BandLabelsAreListedInOrder() =>
        Assert.Equal(new[] { "<30", "30-44", "45-59", "60-74", "75+" }, AttributeValueParser.BandLabels(Age.Bands));

    [Theory]
    [InlineData(nameof(Flag), "maybe", "attribute 'ink': 'maybe' is not a yes/no flag")]
    [InlineData(nameof(Age), "old", "attribute 'age_band': 'old' is not a number")]
    [InlineData(nameof(Sex), "other", "attribute 'sex': 'other' is not one of male, female")]
    public void BadValuesNameTheAttribute(string which, string cell, string expected)
    {
        var attribute = which switch { nameof(Flag) => Flag, nameof(Age) => Age, _ => Sex };
        var error = Assert.Throws<FormatException>(() => AttributeValueParser.Parse(attribute, cell));
        Assert.StartsWith(expected, error.Message);
    }
}
