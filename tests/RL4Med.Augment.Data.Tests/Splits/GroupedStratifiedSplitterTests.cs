using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Splits;
using Item = RL4Med.Augment.Data.Splits.GroupedStratifiedSplitter.Item;

namespace RL4Med.Augment.Data.Tests.Splits;

public class GroupedStratifiedSplitterTests
{
    private static readonly SplitConfig Fractions = new() { Train = 0.7, Validation = 0.15, Test = 0.15 };

    /// <summary>600 lesions: 1-3 photos each, 20% melanoma.</summary>
    private static List<Item> Lesions(int seed)
    {
        var random = new Random(seed);
        var items = new List<Item>();
        for (int lesion = 0; lesion < 600; lesion++)
        {
            string dx = lesion % 5 == 0 ? "mel" : "nv";
            int photos = 1 + random.Next(3);
            for (int p = 0; p < photos; p++) items.Add(new Item($"L{lesion}", dx));
        }
        return items;
    }

    [Fact]
    public void NoLesionIsInTwoSplits()
    {
        var items = Lesions(1);
        string[] splits = GroupedStratifiedSplitter.Assign(items, Fractions, seed: 5);
        var splitsPerLesion = items.Select((item, i) => (item.GroupId, splits[i])).Distinct().GroupBy(p => p.GroupId);
        Assert.All(splitsPerLesion, lesion => Assert.Single(lesion));
    }

    [Theory]
    [InlineData("mel")]
    [InlineData("nv")]
    public void EachDiagnosisIsSplitInTheConfiguredProportions(string diagnosis)
    {
        var items = Lesions(2);
        string[] splits = GroupedStratifiedSplitter.Assign(items, Fractions, seed: 5);
        var ofDiagnosis = splits.Where((_, i) => items[i].Diagnosis == diagnosis).ToList();
        double Share(string split) => ofDiagnosis.Count(s => s == split) / (double)ofDiagnosis.Count;
        Assert.InRange(Share("train"), 0.68, 0.72);
        Assert.InRange(Share("validation"), 0.13, 0.17);
        Assert.InRange(Share("test"), 0.13, 0.17);
    }

    [Fact]
    public void SameSeedSameSplitOtherSeedOtherSplit()
    {
        var items = Lesions(3);
        Assert.Equal(GroupedStratifiedSplitter.Assign(items, Fractions, 11), GroupedStratifiedSplitter.Assign(items, Fractions, 11));
        Assert.NotEqual(GroupedStratifiedSplitter.Assign(items, Fractions, 11), GroupedStratifiedSplitter.Assign(items, Fractions, 12));
    }

    [Fact]
    public void InputOrderDoesNotChangeAnyLesionsSplit()
    {
        var items = Lesions(4);
        var reversed = Enumerable.Reverse(items).ToList();
        string[] forward = GroupedStratifiedSplitter.Assign(items, Fractions, 9);
        string[] backward = GroupedStratifiedSplitter.Assign(reversed, Fractions, 9);
        var forwardByLesion = items.Select((it, i) => (it.GroupId, forward[i])).Distinct().ToDictionary(p => p.GroupId, p => p.Item2);
        Assert.All(reversed.Select((it, i) => (it.GroupId, backward[i])), p => Assert.Equal(forwardByLesion[p.GroupId], p.Item2));
    }

    [Fact]
    public void ZeroValidationLeavesValidationEmpty()
    {
        var items = Lesions(5);
        string[] splits = GroupedStratifiedSplitter.Assign(items, new SplitConfig { Train = 0.8, Validation = 0, Test = 0.2 }, 1);
        Assert.DoesNotContain("validation", splits);
    }

    [Fact]
    public void TooFewLesionsOfAClassIsAnErrorNamingIt()
    {
        var items = new List<Item> { new("a", "nv"), new("b", "nv"), new("c", "nv"), new("d", "mel"), new("d", "mel") };
        var error = Assert.Throws<SplitException>(() => GroupedStratifiedSplitter.Assign(items, Fractions, 1));
        Assert.Contains("diagnosis 'mel' has no image in the validation split: only 1 lesion(s) in all", error.Message);
    }
}
