using System.Text.Json;
using RL4Med.Augment.Data.Errors;

namespace RL4Med.Augment.Runs.Configuration;

/// <summary>
/// Fields of a run configuration's option blocks that the run sets itself. A file that gives one is refused,
/// naming it and where its value comes from, instead of having it silently replaced.
/// </summary>
internal static class RunOwnedFields
{
    private const string SetByRun = "set by the run (its seed, --device and its folder)";

    private static readonly (string Section, string Field, string Source)[] Owned =
    {
        ("generator.pretrain", "seed", SetByRun), ("generator.pretrain", "device", SetByRun), ("generator.pretrain", "outputDirectory", SetByRun),
        ("generator.autoencoder.training", "seed", SetByRun), ("generator.autoencoder.training", "device", SetByRun),
        ("generator.autoencoder.training", "outputDirectory", SetByRun),
        ("reward.reward", "seed", SetByRun), ("reward.reward", "device", SetByRun),
        ("ddpo.training", "seed", SetByRun), ("ddpo.training", "device", SetByRun), ("ddpo.training", "outputDirectory", SetByRun),
        ("ddpo.training", "steps", "taken from generator.sampling.steps: the tuned policy is sampled as it was trained"),
        ("ddpo.training", "eta", "taken from generator.sampling.eta: the tuned policy is sampled as it was trained"),
        ("ddpo.training", "guidanceScale", "taken from generator.sampling.guidanceScale: the tuned policy is sampled as it was trained"),
        ("classifier.cnn", "device", SetByRun),
    };

    /// <summary>Throws <see cref="InputDataException"/> naming the first owned field that <paramref name="path"/> gives.</summary>
    public static void Refuse(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        foreach (var (section, field, source) in Owned)
        {
            if (Find(document.RootElement, section) is { } block && Find(block, field) is not null)
                throw new InputDataException($"option '{section}.{field}' is {source}; remove it", path);
        }
    }

    // The property at a dotted path, matched case-insensitively as the loader reads names.
    private static JsonElement? Find(JsonElement element, string dottedPath)
    {
        foreach (var name in dottedPath.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object) return null;
            var match = element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (match.Value.ValueKind == JsonValueKind.Undefined) return null;
            element = match.Value;
        }
        return element;
    }
}
