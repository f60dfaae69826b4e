using RL4Med.Augment.Data.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Data.Configuration;

/// <summary>Reads a run configuration and validates its data part; every error names the file and the option.</summary>
public static class DataConfigLoader
{
    /// <summary>Sources accepted in <c>dataset.source</c>.</summary>
    public static readonly IReadOnlyList<string> Sources = new[] { "demo", "ham10000", "csv" };

    /// <summary>
    /// Loads <paramref name="path"/> as <typeparamref name="T"/> (the data part, or a whole run configuration that
    /// extends it with stage sections) and validates the data part. An unknown field anywhere is an error.
    /// </summary>
    public static T Load<T>(string path) where T : DataConfig
    {
        if (!File.Exists(path)) throw new InputDataException("configuration file not found", path);
        T? config;
        try
        {
            config = JsonSerializer.Deserialize<T>(File.ReadAllText(path), JsonFormats.Readable);
        }
        catch (JsonException e)
        {
            throw new InputDataException($"invalid configuration at {e.Path ?? "$"} (line {e.LineNumber + 1}): {e.Message}", path, inner: e);
        }
        if (config == null) throw new InputDataException("configuration is empty", path);
        Validate(config, path);
        return config;
    }

    /// <summary>Checks the options that no JSON type can express; throws naming the option.</summary>
    public static void Validate(DataConfig config, string source)
    {
        void Fail(string option, string problem) => throw new InputDataException($"option '{option}': {problem}", source);

        if (!Sources.Contains(config.Dataset.Source))
            Fail("dataset.source", $"'{config.Dataset.Source}' is not one of {string.Join(", ", Sources)}");
        if (config.Images.Size is < 16 or > 512) Fail("images.size", $"{config.Images.Size} is outside 16..512");
        var split = config.Split;
        if (split.Train <= 0 || split.Validation < 0 || split.Test <= 0)
            Fail("split", "train and test must be positive, validation non-negative");
        if (Math.Abs(split.Train + split.Validation + split.Test - 1) > 1e-6)
            Fail("split", $"fractions add up to {split.Train + split.Validation + split.Test:0.###}, not 1");
        if (config.Dataset.Diagnoses.Count == 0) Fail("dataset.diagnoses", "declare at least one diagnosis code");
        foreach (string code in config.Dataset.Keep)
            if (!config.Dataset.Diagnoses.ContainsKey(code))
                Fail("dataset.keep", $"'{code}' is not declared in dataset.diagnoses");
        if (config.Dataset.KeptDiagnoses.Count < 2) Fail("dataset.keep", "keep at least two diagnoses");

        var names = new HashSet<string>(StringComparer.Ordinal) { SubgroupSpec.DiagnosisAttribute };
        foreach (var attribute in config.Dataset.Attributes)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(attribute.Name, "^[a-z][a-z0-9_]*$"))
                Fail("dataset.attributes", $"name '{attribute.Name}' must be lower-case letters, digits and '_'");
            if (!names.Add(attribute.Name)) Fail("dataset.attributes", $"'{attribute.Name}' is declared twice (or clashes with 'diagnosis')");
            if (attribute.Kind == AttributeKind.Binary && attribute.Bands.Count > 0)
                Fail($"dataset.attributes.{attribute.Name}.bands", "bands apply to categorical attributes only");
            for (int i = 1; i < attribute.Bands.Count; i++)
                if (attribute.Bands[i] <= attribute.Bands[i - 1])
                    Fail($"dataset.attributes.{attribute.Name}.bands", "bounds must increase");
        }
        if (config.Dataset.Source == "demo")
        {
            if (config.Dataset.Demo.Images < 50) Fail("dataset.demo.images", "render at least 50 images");
            if (config.Dataset.Demo.RenderSize is < 16 or > 512) Fail("dataset.demo.renderSize", "must be within 16..512");
            if (config.Dataset.Demo.InkRate is < 0 or > 1) Fail("dataset.demo.inkRate", "must be within 0..1");
        }
        else if (string.IsNullOrWhiteSpace(config.Dataset.Files.Metadata))
        {
            Fail("dataset.files.metadata", "a tabular source needs its metadata CSV");
        }

        try
        {
            SubgroupSpec.Parse(config.Subgroups.By, config.Dataset.Attributes);
        }
        catch (ArgumentException e)
        {
            Fail("subgroups.by", e.Message);
        }
        if (config.Subgroups.MinTrainImages < 0) Fail("subgroups.minTrainImages", "must be non-negative");
        if (config.Subgroups.MinFractionOfLargest is < 0 or > 1) Fail("subgroups.minFractionOfLargest", "must be within 0..1");
    }
}
