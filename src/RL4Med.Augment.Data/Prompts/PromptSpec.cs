namespace RL4Med.Augment.Data.Prompts;

/// <summary>
/// What a prompt asks for: a diagnosis and the attribute values it states. Flags are <c>"1"</c>/<c>"0"</c>:
/// a prompt that states flags states all of them ("showing hair" also says "no ruler, no ink").
/// Attributes the prompt leaves out (unknown in the data, or not prompted) are absent from <see cref="Attributes"/>.
/// </summary>
public sealed record PromptSpec(string Diagnosis, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>The spec as a stable text key (<c>diagnosis=mel, hair=1, ink=0</c>), for per-prompt statistics.</summary>
    public string Key => string.Join(", ", new[] { $"diagnosis={Diagnosis}" }.Concat(Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}")));
}
