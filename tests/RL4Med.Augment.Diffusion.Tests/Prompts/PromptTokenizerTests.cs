using RL4Med.Augment.Diffusion.Prompts;
using RL4Med.Augment.Diffusion.Tests.Support;

namespace RL4Med.Augment.Diffusion.Tests.Prompts;

public class PromptTokenizerTests
{
    [Fact]
    public void SplitsLowerCaseWordsAndKeepsCommasAsTokens()
    {
        Assert.Equal(
            new[] { "a", "dermoscopic", "image", "of", "melanoma", "showing", "hair", ",", "ruler" },
            PromptTokenizer.Split("A Dermoscopic image of melanoma showing hair,  ruler"));
    }

    [Fact]
    public void EncodesWordsAsSortedVocabularyIdsAndPadsWithZeros()
    {
        var tokenizer = PromptTokenizer.Build(new[] { "b a", "c, a" }, maxLength: 5);

        Assert.Equal(new[] { ",", "a", "b", "c" }, tokenizer.Vocabulary);
        Assert.Equal(5, tokenizer.VocabularySize);
        Assert.Equal(new long[] { 4, 1, 2, 0, 0 }, tokenizer.Encode("C, A"));
    }

    [Fact]
    public void EmptyPromptIsAllPadding()
    {
        var tokenizer = TinyGenerator.Tokenizer();

        Assert.All(tokenizer.Encode(""), id => Assert.Equal(PromptTokenizer.PaddingId, id));
        Assert.Equal(tokenizer.MaxLength, tokenizer.Encode("").Length);
    }

    [Fact]
    public void UnknownWordsAreNamedAlongWithTheKnownWords()
    {
        var tokenizer = PromptTokenizer.Build(new[] { "a dermoscopic image of nevus" });

        var error = Assert.Throws<UnknownPromptWordException>(() => tokenizer.Encode("a dermoscopic image of melanoma with ink"));

        Assert.Equal(new[] { "melanoma", "with", "ink" }, error.UnknownWords);
        Assert.Contains("'melanoma', 'with', 'ink'", error.Message);
        Assert.Contains("Known words: a, dermoscopic, image, nevus, of.", error.Message);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public void PromptsLongerThanTheRowAreRejected()
    {
        Assert.Throws<ArgumentException>(() => PromptTokenizer.Build(new[] { "a b c" }, maxLength: 2));
        var tokenizer = PromptTokenizer.Build(new[] { "a b" }, maxLength: 2);
        var error = Assert.Throws<ArgumentException>(() => tokenizer.Encode("a b a"));
        Assert.Contains("at most 2", error.Message);
    }

    [Fact]
    public void BatchEncodingStacksRows()
    {
        var tokenizer = TinyGenerator.Tokenizer();

        using var batch = tokenizer.EncodeBatch(new[] { TinyGenerator.Prompts[0], "" });

        Assert.Equal(new long[] { 2, tokenizer.MaxLength }, batch.shape);
        Assert.Equal(tokenizer.Encode(TinyGenerator.Prompts[0]), batch[0].data<long>().ToArray());
        Assert.Equal(0, batch[1].sum().item<long>());
    }
}
