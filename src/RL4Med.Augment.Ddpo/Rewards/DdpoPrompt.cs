using RL4Med.Augment.Data.Prompts;

namespace RL4Med.Augment.Ddpo.Rewards;

/// <summary>A prompt DDPO samples images for.</summary>
/// <param name="Text">The prompt text the generator is conditioned on.</param>
/// <param name="Key">
/// Opaque identity of what the prompt asks for (e.g. <see cref="PromptSpec.Key"/>): rewards are normalised per key and
/// logged per key, and the reward function may use it to know the target.
/// </param>
public sealed record DdpoPrompt(string Text, string Key)
{
    /// <summary>A prompt that is its own key.</summary>
    public DdpoPrompt(string text) : this(text, text)
    {
    }

    /// <summary>The prompt <paramref name="text"/> written for <paramref name="spec"/>, keyed by the spec.</summary>
    public static DdpoPrompt For(PromptSpec spec, string text) => new(text, spec.Key);
}
