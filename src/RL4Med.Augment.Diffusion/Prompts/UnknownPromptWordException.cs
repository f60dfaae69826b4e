namespace RL4Med.Augment.Diffusion.Prompts;

/// <summary>
/// A prompt used a word the generator never saw in training. The generator has no embedding for it, so
/// silently dropping the word would sample something other than what was asked for.
/// </summary>
public sealed class UnknownPromptWordException : ArgumentException
{
    /// <summary>Creates the error for <paramref name="prompt"/>.</summary>
    public UnknownPromptWordException(string prompt, IReadOnlyList<string> unknownWords, IReadOnlyList<string> knownWords)
        : base(
            $"The prompt \"{prompt}\" contains {(unknownWords.Count == 1 ? "a word" : "words")} the generator's vocabulary does not know: " +
            $"{string.Join(", ", unknownWords.Select(w => $"'{w}'"))}. Known words: {string.Join(", ", knownWords)}.",
            nameof(prompt))
    {
        Prompt = prompt;
        UnknownWords = unknownWords;
        KnownWords = knownWords;
    }

    /// <summary>The prompt as given.</summary>
    public string Prompt { get; }

    /// <summary>The words (lower-cased tokens) that are not in the vocabulary, in prompt order, without repeats.</summary>
    public IReadOnlyList<string> UnknownWords { get; }

    /// <summary>Every word the vocabulary knows, sorted.</summary>
    public IReadOnlyList<string> KnownWords { get; }
}
