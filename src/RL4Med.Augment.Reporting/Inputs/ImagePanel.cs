using System.Text.Json.Serialization;

namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>One picture of an <see cref="ImageGrid"/>, e.g. a grid of real images or of one generator's images.</summary>
/// <param name="Label">What the picture shows, e.g. "real", "pretrained", "DDPO".</param>
/// <param name="Png">The PNG file's bytes; the HTML embeds them as a data URI, the JSON leaves them out.</param>
public sealed record ImagePanel(string Label, [property: JsonIgnore] byte[] Png)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Whether <see cref="Png"/> starts with the PNG signature.</summary>
    [JsonIgnore]
    public bool IsPng => Png.AsSpan().StartsWith(PngSignature);
}
