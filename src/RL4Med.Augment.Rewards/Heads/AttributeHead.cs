using System.Text.Json.Serialization;
using RL4Med.Augment.Data.Configuration;

namespace RL4Med.Augment.Rewards.Heads;

/// <summary>
/// One output of an attribute classifier: a softmax over <see cref="Values"/> (diagnosis, categorical attributes)
/// or a single sigmoid for a yes/no flag (artifacts), whose values are <c>"0"</c> and <c>"1"</c>.
/// </summary>
/// <param name="Name">Attribute name as in the manifest (<c>diagnosis</c> for the diagnosis).</param>
/// <param name="Kind"><see cref="AttributeKind.Binary"/>: sigmoid head; <see cref="AttributeKind.Categorical"/>: softmax head.</param>
/// <param name="Values">The class labels in class order; <c>["0", "1"]</c> for a binary head.</param>
public sealed record AttributeHead(string Name, AttributeKind Kind, IReadOnlyList<string> Values)
{
    /// <summary>The two values of a binary head, in class order.</summary>
    public static readonly IReadOnlyList<string> BinaryValues = new[] { "0", "1" };

    /// <summary>Whether this is a yes/no flag; in the paper's terms an artifact such as hair or ruler.</summary>
    [JsonIgnore]
    public bool IsBinary => Kind == AttributeKind.Binary;

    /// <summary>Logits this head owns: 1 for a sigmoid head, one per value for a softmax head.</summary>
    [JsonIgnore]
    public int LogitCount => IsBinary ? 1 : Values.Count;

    /// <summary>The class index of <paramref name="value"/>; throws naming the head when it is not one of <see cref="Values"/>.</summary>
    public int ClassOf(string value)
    {
        for (int i = 0; i < Values.Count; i++)
            if (Values[i] == value) return i;
        throw new ArgumentException($"'{value}' is not a value of '{Name}' ({string.Join(", ", Values)})");
    }
}
