using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Rewards.Heads;

namespace RL4Med.Augment.Rewards.Tests.Support;

/// <summary>A run configuration with one attribute of every sort the head schema must tell apart.</summary>
internal static class TestConfig
{
    public static readonly string[] Diagnoses = { "mel", "nv", "bkl" };

    public static DataConfig Create() => new()
    {
        Dataset = new DatasetConfig
        {
            Diagnoses = new() { ["mel"] = "melanoma", ["nv"] = "nevus", ["bkl"] = "benign keratosis", ["df"] = "dermatofibroma" },
            Keep = Diagnoses.ToList(),
            Attributes =
            {
                new AttributeConfig { Name = "hair", Kind = AttributeKind.Binary },
                new AttributeConfig { Name = "ink", Kind = AttributeKind.Binary, Prompt = "ink markings" },
                new AttributeConfig { Name = "skin_type", Kind = AttributeKind.Categorical, Values = { "I", "II", "III", "IV", "V", "VI" }, Prompt = "on type {value} skin" },
                new AttributeConfig { Name = "sex", Kind = AttributeKind.Categorical, Values = { "male", "female" } },
                new AttributeConfig { Name = "age_band", Kind = AttributeKind.Categorical, Column = "age", Bands = { 30, 60 } },
                new AttributeConfig { Name = "site", Kind = AttributeKind.Categorical, Column = "localization", Prompt = "on the {value}" },
            },
        },
    };

    /// <summary>Heads diagnosis (mel, nv, bkl), hair and ink: what the synthetic images encode.</summary>
    public static AttributeHeads ImageHeads() => AttributeHeads.FromConfig(Create(), new[] { "diagnosis", "hair", "ink" });

    public static ManifestRow Row(string id, string group, string diagnosis, string? hair, string? ink, string split = SplitNames.Train) => new()
    {
        SampleId = id,
        ImagePath = $"images/{id}.png",
        GroupId = group,
        Diagnosis = diagnosis,
        Split = split,
        Attributes = new Dictionary<string, string?>
        {
            ["hair"] = hair,
            ["ink"] = ink,
            ["skin_type"] = null,
            ["sex"] = null,
            ["age_band"] = null,
            ["site"] = null,
        },
    };
}
