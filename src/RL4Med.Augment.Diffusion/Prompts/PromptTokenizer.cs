using System.Text.RegularExpressions;
using TorchSharp;

namespace RL4Med.Augment.Diffusion.Prompts;

/// <summary>
/// Turns prompts into fixed-length rows of token ids over a closed vocabulary built from the training prompts.
/// Text is lower-cased and split into words; punctuation marks (such as the comma in "hair, ruler") are tokens
/// of their own. Id 0 is padding, so the empty prompt encodes to all padding: the null condition used for
/// classifier-free guidance.
/// </summary>
public sealed partial class PromptTokenizer
{
    /// <summary>The id of the padding token; also the only id in the encoding of the empty prompt.</summary>
    public const long PaddingId = 0;

    /// <summary>Token rows are this long unless <see cref="Build"/> is told otherwise.</summary>
    public const int DefaultMaxLength = 32;

    private readonly Dictionary<string, long> ids;

    /// <summary>
    /// Creates a tokenizer over <paramref name="vocabulary"/> (word i gets id i + 1), e.g. when loading a checkpoint.
    /// </summary>
    public PromptTokenizer(IEnumerable<string> vocabulary, int maxLength)
    {
        if (maxLength < 1)
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "The token row length must be at least 1.");
        Vocabulary = vocabulary.ToArray();
        MaxLength = maxLength;
        ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var word in Vocabulary)
        {
            var tokens = Split(word);
            if (tokens.Count != 1 || tokens[0] != word)
                throw new ArgumentException($"'{word}' is not a single lower-case token.", nameof(vocabulary));
            if (!ids.TryAdd(word, ids.Count + 1))
                throw new ArgumentException($"The vocabulary lists '{word}' twice.", nameof(vocabulary));
        }
    }

    /// <summary>The known words; word i has id i + 1.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>Length of every encoded token row; shorter prompts are padded with <see cref="PaddingId"/>.</summary>
    public int MaxLength { get; }

    /// <summary>Number of embedding rows a text encoder needs: the words plus padding.</summary>
    public int VocabularySize => Vocabulary.Count + 1;

    /// <summary>
    /// Builds the vocabulary from the dataset's prompts: every distinct token, sorted ordinally so that the
    /// same prompts always give the same ids. Throws if a prompt does not fit in <paramref name="maxLength"/> tokens.
    /// </summary>
    public static PromptTokenizer Build(IEnumerable<string> prompts, int maxLength = DefaultMaxLength)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var prompt in prompts)
        {
            var tokens = Split(prompt);
            if (tokens.Count > maxLength)
                throw new ArgumentException($"The prompt \"{prompt}\" has {tokens.Count} tokens; the limit is {maxLength}.", nameof(prompts));
            words.UnionWith(tokens);
        }
        return new PromptTokenizer(words, maxLength);
    }

    /// <summary>Lower-cases <paramref name="prompt"/> and splits it into word and punctuation tokens.</summary>
    public static IReadOnlyList<string> Split(string prompt) =>
        TokenPattern().Matches(prompt.ToLowerInvariant()).Select(m => m.Value).ToArray();

    /// <summary>
    /// Encodes one prompt into <see cref="MaxLength"/> ids, padded with zeros. Throws
    /// <see cref="UnknownPromptWordException"/> for words outside the vocabulary and
    /// <see cref="ArgumentException"/> for prompts longer than <see cref="MaxLength"/> tokens.
    /// </summary>
    public long[] Encode(string prompt)
    {
        var tokens = Split(prompt);
        var unknown = tokens.Where(t => !this.ids.ContainsKey(t)).Distinct().ToArray();
        if (unknown.Length > 0)
            throw new UnknownPromptWordException(prompt, unknown, Vocabulary.Order(StringComparer.Ordinal).ToArray());
        if (tokens.Count > MaxLength)
            throw new ArgumentException($"The prompt \"{prompt}\" has {tokens.Count} tokens; the generator takes at most {MaxLength}.", nameof(prompt));

        var ids = new long[MaxLength];
        for (var i = 0; i < tokens.Count; i++)
            ids[i] = this.ids[tokens[i]];
        return ids;
    }

    /// <summary>Encodes prompts into an int64 tensor of shape [prompts, <see cref="MaxLength"/>].</summary>
    public torch.Tensor EncodeBatch(IReadOnlyList<string> prompts, torch.Device? device = null)
    {
        var ids = new long[prompts.Count * MaxLength];
        for (var i = 0; i < prompts.Count; i++)
            Encode(prompts[i]).CopyTo(ids, i * MaxLength);
        return torch.tensor(ids, new long[] { prompts.Count, MaxLength }, device: device);
    }

    // Words (letters/digits, with inner hyphens or apostrophes kept) or any single other non-space character.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")]
    private static partial Regex TokenPattern();
}
